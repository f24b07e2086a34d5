-- SPEC 9: every change an integrator would react to, in the transaction of the change. An account's next
-- sequence is one more than its highest (a seek in the unique index); the purge keeps each account's newest event
-- so that a number is never given out twice.
CREATE TABLE events (
    id           TEXT    NOT NULL PRIMARY KEY,
    account_id   TEXT    NOT NULL REFERENCES accounts (account_id),
    sequence     INTEGER NOT NULL CHECK (sequence > 0),
    type         TEXT    NOT NULL,
    resource_id  TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    data         TEXT    NOT NULL,
    previous     TEXT    NOT NULL,
    UNIQUE (account_id, sequence)
) STRICT;

CREATE INDEX events_by_type ON events (account_id, type, sequence);
CREATE INDEX events_by_resource ON events (account_id, resource_id, sequence);
-- The purge's: without it, its last batch of a run would read every row to find the few old ones left.
CREATE INDEX events_by_age ON events (created_at);
