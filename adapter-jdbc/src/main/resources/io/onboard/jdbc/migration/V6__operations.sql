-- SPEC 10: operations run on terminals. At most one PENDING per terminal, kept by the partial unique index itself,
-- so of concurrent starts exactly one commits whatever the services checked before.
CREATE TABLE terminal_operations (
    id            TEXT    NOT NULL PRIMARY KEY,
    account_id    TEXT    NOT NULL REFERENCES accounts (account_id),
    terminal_id   TEXT    NOT NULL,
    type          TEXT    NOT NULL CHECK (type IN ('END_OF_DAY', 'SEND_LOGS', 'CHECK_UPDATE', 'OPEN_MENU')),
    status        TEXT    NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED', 'TIMEOUT')),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deadline      INTEGER NOT NULL,
    sent_at       INTEGER,
    completed_at  INTEGER CHECK ((status = 'PENDING') = (completed_at IS NULL)),
    error         TEXT,
    version       INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX terminal_operations_one_pending ON terminal_operations (terminal_id) WHERE status = 'PENDING';
CREATE INDEX terminal_operations_by_terminal ON terminal_operations (terminal_id, created_at, id);
-- the worker's queue
CREATE INDEX terminal_operations_pending ON terminal_operations (created_at) WHERE status = 'PENDING';
