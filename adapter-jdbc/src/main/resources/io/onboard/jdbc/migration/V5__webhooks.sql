-- SPEC 9: webhook subscriptions and the outbox of their deliveries. Secrets are sealed (AES-GCM under the server's
-- key, see SecretSeal), so a copy of this file alone cannot sign a delivery. fanned_out_to and failing_since are
-- the dispatcher's: how far the account's events have been turned into deliveries, and since when the receiver
-- has answered only failures.
CREATE TABLE webhook_subscriptions (
    id                          TEXT    NOT NULL PRIMARY KEY,
    account_id                  TEXT    NOT NULL REFERENCES accounts (account_id),
    url                         TEXT    NOT NULL,
    events                      TEXT    NOT NULL,
    description                 TEXT,
    active                      INTEGER NOT NULL CHECK (active IN (0, 1)),
    deactivation_reason         TEXT,
    sealed_secret               TEXT    NOT NULL,
    sealed_previous_secret      TEXT,
    previous_secret_expires_at  INTEGER,
    created_at                  INTEGER NOT NULL,
    updated_at                  INTEGER NOT NULL,
    version                     INTEGER NOT NULL,
    fanned_out_to               INTEGER NOT NULL DEFAULT 0,
    failing_since               INTEGER
) STRICT;

CREATE INDEX webhook_subscriptions_by_account ON webhook_subscriptions (account_id, created_at, id);

CREATE TABLE webhook_deliveries (
    id                TEXT    NOT NULL PRIMARY KEY,
    subscription_id   TEXT    NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    account_id        TEXT    NOT NULL,
    event_id          TEXT    NOT NULL,
    event_type        TEXT    NOT NULL,
    resource_id       TEXT    NOT NULL,
    event_sequence    INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    first_attempt_at  INTEGER,
    next_attempt_at   INTEGER CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
    last_attempt_at   INTEGER,
    last_http_status  INTEGER,
    last_duration_ms  INTEGER,
    last_error        TEXT,
    version           INTEGER NOT NULL,
    UNIQUE (subscription_id, event_id)
) STRICT;

-- the delivery log, in event order
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, event_sequence);
-- the dispatcher's: what is due, and whether a resource has an earlier pending event
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (subscription_id, resource_id, event_sequence)
    WHERE status = 'PENDING';
