-- A replayed idempotent answer carries the same ETag and Location as the first: the version of the resource it
-- showed and the path of a created one are kept with it. Records kept before this have neither (NULL).
ALTER TABLE idempotency_records ADD COLUMN response_version INTEGER;
ALTER TABLE idempotency_records ADD COLUMN response_location TEXT;
