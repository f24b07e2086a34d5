-- PostgreSQL only (SQLite numbers an event in its own transaction, under its single writer's lock).
-- An event is written without its number, and numbered once its transaction has committed (EventNumbering):
-- numbering it inside would make an account's writers take turns across their commits, one WAL flush each.
-- Lists and finds show an event once it has its number, so a reader paging by sequence never skips one.
ALTER TABLE events ALTER COLUMN sequence DROP NOT NULL;
-- the order events were written in, which numbering follows; a later event of a resource is always written later,
-- since its change waited for the earlier one's row lock
ALTER TABLE events ADD COLUMN written BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX events_to_number ON events (account_id, written) WHERE sequence IS NULL;
