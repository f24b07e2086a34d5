-- The whole schema for PostgreSQL (14 or newer), as the SQLite migrations V1-V7 built it, with the same tables,
-- columns, keys, checks and indexes. Epoch milliseconds and counters are BIGINT; the constraints whose violation the
-- adapter turns into a domain refusal are named (Constraints).

-- from the SQLite migration V1__schema.sql
-- Onboard schema, version 1. Every uniqueness and reference rule the domain states is also a constraint
-- here, so two concurrent writers (the server and the CLI on one file) can never break them.
-- Timestamps are UTC epoch milliseconds. Contact details repeat as column groups with a prefix:
-- given_ (what a merchant or seller gave), validated_ (a seller's data at approval), filled_ (what fills a store).

CREATE TABLE accounts (
    account_id  TEXT    NOT NULL PRIMARY KEY CHECK (account_id ~ '^[PT][0-9]{8}$'),
    name        TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE api_clients (
    client_id    TEXT    NOT NULL PRIMARY KEY,
    account_id   TEXT    NOT NULL REFERENCES accounts (account_id),
    secret_hash  TEXT    NOT NULL,
    scopes       TEXT    NOT NULL,
    created_at   BIGINT NOT NULL
);

CREATE TABLE access_tokens (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    client_id   TEXT    NOT NULL REFERENCES api_clients (client_id),
    account_id  TEXT    NOT NULL REFERENCES accounts (account_id),
    scopes      TEXT    NOT NULL,
    issued_at   BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX access_tokens_by_expiry ON access_tokens (expires_at);

-- Per-account counters: a number is handed out once, in the transaction that inserts the row using it.
CREATE TABLE sequences (
    account_id  TEXT    NOT NULL REFERENCES accounts (account_id),
    name        TEXT    NOT NULL CHECK (name IN ('store', 'terminal')),
    last_value  BIGINT NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (account_id, name)
);

CREATE TABLE payout_destinations (
    account_id                TEXT    NOT NULL REFERENCES accounts (account_id),
    payout_destination_id     TEXT    NOT NULL,
    name                      TEXT,
    description               TEXT,
    type                      TEXT    NOT NULL CHECK (type IN ('COMPANY', 'INDIVIDUAL')),
    country_code              TEXT,
    organization_number       TEXT,
    individual_name           TEXT,
    individual_birth_date     TEXT,
    given_organization_name   TEXT,
    given_trade_name          TEXT,
    given_address_line        TEXT,
    given_address_line_2      TEXT,
    given_postal_code         TEXT,
    given_postal_place        TEXT,
    given_address_country     TEXT,
    given_phone_number        TEXT,
    given_email               TEXT,
    given_website             TEXT,
    bank_account_number       TEXT,
    bank_account_number_type  TEXT CHECK (bank_account_number_type IN ('IBAN', 'BBAN')),
    bank_account_currency     TEXT,
    bank_account_country_code TEXT,
    bank_identification_code  TEXT,
    payout_interval           TEXT,
    case_status               TEXT    NOT NULL,
    case_reason               TEXT,
    validated_at              BIGINT,
    validated_organization_name TEXT,
    validated_trade_name      TEXT,
    validated_address_line    TEXT,
    validated_address_line_2  TEXT,
    validated_postal_code     TEXT,
    validated_postal_place    TEXT,
    validated_address_country TEXT,
    validated_phone_number    TEXT,
    validated_email           TEXT,
    validated_website         TEXT,
    created_at                BIGINT NOT NULL,
    updated_at                BIGINT NOT NULL,
    version                   BIGINT NOT NULL CHECK (version > 0),
    PRIMARY KEY (account_id, payout_destination_id),
    CHECK ((type = 'COMPANY') = (organization_number IS NOT NULL))
);
-- KYC is one case per legal entity: NULL organization numbers (individuals) never collide.
CREATE UNIQUE INDEX payout_destinations_one_case_per_legal_entity
    ON payout_destinations (account_id, country_code, organization_number);
CREATE INDEX payout_destinations_in_creation_order
    ON payout_destinations (account_id, created_at, payout_destination_id);
CREATE INDEX payout_destinations_by_case_status
    ON payout_destinations (account_id, case_status, created_at, payout_destination_id);

CREATE TABLE stores (
    account_id             TEXT    NOT NULL REFERENCES accounts (account_id),
    number                 BIGINT NOT NULL CHECK (number > 0),
    store_id               TEXT    NOT NULL,
    payout_destination_id  TEXT    NOT NULL,
    organization_number    TEXT,
    store_name             TEXT    NOT NULL,
    given_organization_name TEXT,
    given_trade_name       TEXT,
    given_address_line     TEXT,
    given_address_line_2   TEXT,
    given_postal_code      TEXT,
    given_postal_place     TEXT,
    given_address_country  TEXT,
    given_phone_number     TEXT,
    given_email            TEXT,
    given_website          TEXT,
    latitude               DOUBLE PRECISION,
    longitude              DOUBLE PRECISION,
    filled_at              BIGINT,
    filled_organization_name TEXT,
    filled_trade_name      TEXT,
    filled_address_line    TEXT,
    filled_address_line_2  TEXT,
    filled_postal_code     TEXT,
    filled_postal_place    TEXT,
    filled_address_country TEXT,
    filled_phone_number    TEXT,
    filled_email           TEXT,
    filled_website         TEXT,
    status                 TEXT    NOT NULL CHECK (status IN ('ACTIVE', 'INACTIVE', 'DELETED')),
    created_at             BIGINT NOT NULL,
    updated_at             BIGINT NOT NULL,
    version                BIGINT NOT NULL CHECK (version > 0),
    PRIMARY KEY (account_id, number),
    -- Deleted stores keep their row, so a merchant store_id is never reused either.
    CONSTRAINT stores_store_id_unique UNIQUE (account_id, store_id),
    FOREIGN KEY (account_id, payout_destination_id)
        REFERENCES payout_destinations (account_id, payout_destination_id)
);
CREATE INDEX stores_by_seller ON stores (account_id, payout_destination_id, number);
CREATE INDEX stores_by_status ON stores (account_id, status, number);

CREATE TABLE terminals (
    id                 TEXT    NOT NULL PRIMARY KEY,
    account_id         TEXT    NOT NULL REFERENCES accounts (account_id),
    number             BIGINT NOT NULL CHECK (number > 0),
    terminal_id        TEXT    NOT NULL UNIQUE,
    serial_number      TEXT    NOT NULL,
    device_model       TEXT    NOT NULL,
    store_number       BIGINT NOT NULL,
    status             TEXT    NOT NULL
        CHECK (status IN ('PENDING', 'ACTIVE', 'ERROR', 'ACTION_REQUIRED', 'INACTIVE', 'DELETED')),
    status_reason      TEXT,
    label              TEXT,
    created_at         BIGINT NOT NULL,
    updated_at         BIGINT NOT NULL,
    status_changed_at  BIGINT NOT NULL,
    deleted_at         BIGINT,
    version            BIGINT NOT NULL CHECK (version > 0),
    UNIQUE (account_id, number),
    FOREIGN KEY (account_id, store_number) REFERENCES stores (account_id, number),
    CHECK ((status = 'DELETED') = (deleted_at IS NOT NULL))
);
-- One physical device sits in one place: at most one live terminal per serial number, across accounts.
CREATE UNIQUE INDEX terminals_one_live_per_serial ON terminals (serial_number) WHERE status <> 'DELETED';
CREATE INDEX terminals_by_serial ON terminals (account_id, serial_number, number);
CREATE INDEX terminals_by_store ON terminals (account_id, store_number, number);
CREATE INDEX terminals_by_status ON terminals (account_id, status, number);
CREATE INDEX terminals_by_model ON terminals (account_id, device_model, number);

CREATE TABLE sessions (
    id                     TEXT    NOT NULL PRIMARY KEY,
    account_id             TEXT    NOT NULL REFERENCES accounts (account_id),
    amount                 BIGINT NOT NULL CHECK (amount > 0),
    currency               TEXT    NOT NULL,
    merchant_reference     TEXT    NOT NULL,
    store_id               TEXT    NOT NULL,
    terminal_id            TEXT    NOT NULL,
    payout_destination_id  TEXT    NOT NULL,
    profile_id             TEXT,
    callback_url           TEXT,
    status                 TEXT    NOT NULL,
    created_at             BIGINT NOT NULL
);

CREATE TABLE idempotency_records (
    account_id           TEXT    NOT NULL REFERENCES accounts (account_id),
    idempotency_key      TEXT    NOT NULL,
    request_fingerprint  TEXT    NOT NULL,
    status               BIGINT NOT NULL,
    response_body        TEXT    NOT NULL,
    created_at           BIGINT NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
);
CREATE INDEX idempotency_records_by_age ON idempotency_records (created_at);

-- from the SQLite migration V2__enrollment_index.sql
-- The enrollment check reads a terminal's status, reason and store on every readiness request and session.
-- Carrying those columns in an index answers the terminal part of the check from the index alone, without a
-- second lookup into the wide table rows (benchmarks 1 and 2; see JdbcEnrollmentChains).
CREATE INDEX terminals_enrollment ON terminals (account_id, number, status, status_reason, store_number);
-- The same for the store and seller the check reads through the terminal: their rows are wide, and these
-- indexes answer the check's joins without a second lookup into the table for each.
CREATE INDEX stores_enrollment
    ON stores (account_id, number, store_id, status, payout_destination_id, organization_number);
CREATE INDEX payout_destinations_enrollment
    ON payout_destinations (account_id, payout_destination_id, case_status, country_code, organization_number);

-- from the SQLite migration V3__idempotency_replay_headers.sql
-- A replayed idempotent answer carries the same ETag and Location as the first: the version of the resource it
-- showed and the path of a created one are kept with it. Records kept before this have neither (NULL).
ALTER TABLE idempotency_records ADD COLUMN response_version BIGINT;
ALTER TABLE idempotency_records ADD COLUMN response_location TEXT;

-- from the SQLite migration V4__events.sql
-- SPEC 9: every change an integrator would react to, in the transaction of the change. An account's next
-- sequence is one more than its highest (a seek in the unique index); the purge keeps each account's newest event
-- so that a number is never given out twice.
CREATE TABLE events (
    id           TEXT    NOT NULL PRIMARY KEY,
    account_id   TEXT    NOT NULL REFERENCES accounts (account_id),
    sequence     BIGINT NOT NULL CHECK (sequence > 0),
    type         TEXT    NOT NULL,
    resource_id  TEXT    NOT NULL,
    created_at   BIGINT NOT NULL,
    data         TEXT    NOT NULL,
    previous     TEXT    NOT NULL,
    UNIQUE (account_id, sequence)
);

CREATE INDEX events_by_type ON events (account_id, type, sequence);
CREATE INDEX events_by_resource ON events (account_id, resource_id, sequence);
-- The purge's: without it, its last batch of a run would read every row to find the few old ones left.
CREATE INDEX events_by_age ON events (created_at);

-- from the SQLite migration V5__webhooks.sql
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
    active                      BIGINT NOT NULL CHECK (active IN (0, 1)),
    deactivation_reason         TEXT,
    sealed_secret               TEXT    NOT NULL,
    sealed_previous_secret      TEXT,
    previous_secret_expires_at  BIGINT,
    created_at                  BIGINT NOT NULL,
    updated_at                  BIGINT NOT NULL,
    version                     BIGINT NOT NULL,
    fanned_out_to               BIGINT NOT NULL DEFAULT 0,
    failing_since               BIGINT
);

CREATE INDEX webhook_subscriptions_by_account ON webhook_subscriptions (account_id, created_at, id);

CREATE TABLE webhook_deliveries (
    id                TEXT    NOT NULL PRIMARY KEY,
    subscription_id   TEXT    NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
    account_id        TEXT    NOT NULL,
    event_id          TEXT    NOT NULL,
    event_type        TEXT    NOT NULL,
    resource_id       TEXT    NOT NULL,
    event_sequence    BIGINT NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          BIGINT NOT NULL,
    created_at        BIGINT NOT NULL,
    first_attempt_at  BIGINT,
    next_attempt_at   BIGINT CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL)),
    last_attempt_at   BIGINT,
    last_http_status  BIGINT,
    last_duration_ms  BIGINT,
    last_error        TEXT,
    version           BIGINT NOT NULL,
    UNIQUE (subscription_id, event_id)
);

-- the delivery log, in event order
CREATE INDEX webhook_deliveries_log ON webhook_deliveries (subscription_id, event_sequence);
-- the dispatcher's: what is due, and whether a resource has an earlier pending event
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_deliveries_pending ON webhook_deliveries (subscription_id, resource_id, event_sequence)
    WHERE status = 'PENDING';

-- from the SQLite migration V6__operations.sql
-- SPEC 10: operations run on terminals. At most one PENDING per terminal, kept by the partial unique index itself,
-- so of concurrent starts exactly one commits whatever the services checked before.
CREATE TABLE terminal_operations (
    id            TEXT    NOT NULL PRIMARY KEY,
    account_id    TEXT    NOT NULL REFERENCES accounts (account_id),
    terminal_id   TEXT    NOT NULL,
    type          TEXT    NOT NULL CHECK (type IN ('END_OF_DAY', 'SEND_LOGS', 'CHECK_UPDATE', 'OPEN_MENU')),
    status        TEXT    NOT NULL CHECK (status IN ('PENDING', 'COMPLETED', 'FAILED', 'TIMEOUT')),
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL,
    deadline      BIGINT NOT NULL,
    sent_at       BIGINT,
    completed_at  BIGINT CHECK ((status = 'PENDING') = (completed_at IS NULL)),
    error         TEXT,
    version       BIGINT NOT NULL
);

CREATE UNIQUE INDEX terminal_operations_one_pending ON terminal_operations (terminal_id) WHERE status = 'PENDING';
CREATE INDEX terminal_operations_by_terminal ON terminal_operations (terminal_id, created_at, id);
-- the worker's queue
CREATE INDEX terminal_operations_pending ON terminal_operations (created_at) WHERE status = 'PENDING';

-- from the SQLite migration V7__provisionings.sql
-- SPEC 10: terminals waiting for a provider that settles later, one attempt per terminal (the moment it went
-- PENDING), written in the transaction that made it PENDING; the worker hands each over once and settles it.
CREATE TABLE provisionings (
    terminal_id     TEXT    NOT NULL PRIMARY KEY REFERENCES terminals (terminal_id),
    account_id      TEXT    NOT NULL REFERENCES accounts (account_id),
    attempt         BIGINT NOT NULL,
    deadline        BIGINT NOT NULL CHECK (deadline >= attempt),
    handed_over_at  BIGINT
);

-- the worker's queue: what is not handed over yet, and what is past its deadline
CREATE INDEX provisionings_not_handed_over ON provisionings (deadline) WHERE handed_over_at IS NULL;
CREATE INDEX provisionings_by_deadline ON provisionings (deadline);
