-- Onboard schema, version 1. Every uniqueness and reference rule the domain states is also a constraint
-- here, so two concurrent writers (the server and the CLI on one file) can never break them.
-- Timestamps are UTC epoch milliseconds. Contact details repeat as column groups with a prefix:
-- given_ (what a merchant or seller gave), validated_ (a seller's data at approval), filled_ (what fills a store).

CREATE TABLE accounts (
    account_id  TEXT    NOT NULL PRIMARY KEY CHECK (account_id GLOB '[PT][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
    name        TEXT,
    created_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE api_clients (
    client_id    TEXT    NOT NULL PRIMARY KEY,
    account_id   TEXT    NOT NULL REFERENCES accounts (account_id),
    secret_hash  TEXT    NOT NULL,
    scopes       TEXT    NOT NULL,
    created_at   INTEGER NOT NULL
) STRICT;

CREATE TABLE access_tokens (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    client_id   TEXT    NOT NULL REFERENCES api_clients (client_id),
    account_id  TEXT    NOT NULL REFERENCES accounts (account_id),
    scopes      TEXT    NOT NULL,
    issued_at   INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX access_tokens_by_expiry ON access_tokens (expires_at);

-- Per-account counters: a number is handed out once, in the transaction that inserts the row using it.
CREATE TABLE sequences (
    account_id  TEXT    NOT NULL REFERENCES accounts (account_id),
    name        TEXT    NOT NULL CHECK (name IN ('store', 'terminal')),
    last_value  INTEGER NOT NULL CHECK (last_value > 0),
    PRIMARY KEY (account_id, name)
) STRICT;

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
    validated_at              INTEGER,
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
    created_at                INTEGER NOT NULL,
    updated_at                INTEGER NOT NULL,
    version                   INTEGER NOT NULL CHECK (version > 0),
    PRIMARY KEY (account_id, payout_destination_id),
    CHECK ((type = 'COMPANY') = (organization_number IS NOT NULL))
) STRICT;
-- KYC is one case per legal entity: NULL organization numbers (individuals) never collide.
CREATE UNIQUE INDEX payout_destinations_one_case_per_legal_entity
    ON payout_destinations (account_id, country_code, organization_number);
CREATE INDEX payout_destinations_in_creation_order
    ON payout_destinations (account_id, created_at, payout_destination_id);
CREATE INDEX payout_destinations_by_case_status
    ON payout_destinations (account_id, case_status, created_at, payout_destination_id);

CREATE TABLE stores (
    account_id             TEXT    NOT NULL REFERENCES accounts (account_id),
    number                 INTEGER NOT NULL CHECK (number > 0),
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
    latitude               REAL,
    longitude              REAL,
    filled_at              INTEGER,
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
    created_at             INTEGER NOT NULL,
    updated_at             INTEGER NOT NULL,
    version                INTEGER NOT NULL CHECK (version > 0),
    PRIMARY KEY (account_id, number),
    -- Deleted stores keep their row, so a merchant store_id is never reused either.
    UNIQUE (account_id, store_id),
    FOREIGN KEY (account_id, payout_destination_id)
        REFERENCES payout_destinations (account_id, payout_destination_id)
) STRICT;
CREATE INDEX stores_by_seller ON stores (account_id, payout_destination_id, number);
CREATE INDEX stores_by_status ON stores (account_id, status, number);

CREATE TABLE terminals (
    id                 TEXT    NOT NULL PRIMARY KEY,
    account_id         TEXT    NOT NULL REFERENCES accounts (account_id),
    number             INTEGER NOT NULL CHECK (number > 0),
    terminal_id        TEXT    NOT NULL UNIQUE,
    serial_number      TEXT    NOT NULL,
    device_model       TEXT    NOT NULL,
    store_number       INTEGER NOT NULL,
    status             TEXT    NOT NULL
        CHECK (status IN ('PENDING', 'ACTIVE', 'ERROR', 'ACTION_REQUIRED', 'INACTIVE', 'DELETED')),
    status_reason      TEXT,
    label              TEXT,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    status_changed_at  INTEGER NOT NULL,
    deleted_at         INTEGER,
    version            INTEGER NOT NULL CHECK (version > 0),
    UNIQUE (account_id, number),
    FOREIGN KEY (account_id, store_number) REFERENCES stores (account_id, number),
    CHECK ((status = 'DELETED') = (deleted_at IS NOT NULL))
) STRICT;
-- One physical device sits in one place: at most one live terminal per serial number, across accounts.
CREATE UNIQUE INDEX terminals_one_live_per_serial ON terminals (serial_number) WHERE status <> 'DELETED';
CREATE INDEX terminals_by_serial ON terminals (account_id, serial_number, number);
CREATE INDEX terminals_by_store ON terminals (account_id, store_number, number);
CREATE INDEX terminals_by_status ON terminals (account_id, status, number);
CREATE INDEX terminals_by_model ON terminals (account_id, device_model, number);

CREATE TABLE sessions (
    id                     TEXT    NOT NULL PRIMARY KEY,
    account_id             TEXT    NOT NULL REFERENCES accounts (account_id),
    amount                 INTEGER NOT NULL CHECK (amount > 0),
    currency               TEXT    NOT NULL,
    merchant_reference     TEXT    NOT NULL,
    store_id               TEXT    NOT NULL,
    terminal_id            TEXT    NOT NULL,
    payout_destination_id  TEXT    NOT NULL,
    profile_id             TEXT,
    callback_url           TEXT,
    status                 TEXT    NOT NULL,
    created_at             INTEGER NOT NULL
) STRICT;

CREATE TABLE idempotency_records (
    account_id           TEXT    NOT NULL REFERENCES accounts (account_id),
    idempotency_key      TEXT    NOT NULL,
    request_fingerprint  TEXT    NOT NULL,
    status               INTEGER NOT NULL,
    response_body        TEXT    NOT NULL,
    created_at           INTEGER NOT NULL,
    PRIMARY KEY (account_id, idempotency_key)
) STRICT;
CREATE INDEX idempotency_records_by_age ON idempotency_records (created_at);
