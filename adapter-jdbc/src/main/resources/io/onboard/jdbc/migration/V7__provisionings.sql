-- SPEC 10: terminals waiting for a provider that settles later, one attempt per terminal (the moment it went
-- PENDING), written in the transaction that made it PENDING; the worker hands each over once and settles it.
CREATE TABLE provisionings (
    terminal_id     TEXT    NOT NULL PRIMARY KEY REFERENCES terminals (terminal_id),
    account_id      TEXT    NOT NULL REFERENCES accounts (account_id),
    attempt         INTEGER NOT NULL,
    deadline        INTEGER NOT NULL CHECK (deadline >= attempt),
    handed_over_at  INTEGER
) STRICT;

-- the worker's queue: what is not handed over yet, and what is past its deadline
CREATE INDEX provisionings_not_handed_over ON provisionings (deadline) WHERE handed_over_at IS NULL;
CREATE INDEX provisionings_by_deadline ON provisionings (deadline);
