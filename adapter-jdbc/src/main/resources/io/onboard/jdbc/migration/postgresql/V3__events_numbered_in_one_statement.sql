-- Numbers an account's committed events that wait for a number (EventNumbering), in one statement: the caller runs
-- it outside any transaction, so the account's lock is held only while PostgreSQL works, never across a round trip
-- to a client that the machine may not schedule for a while. Each statement of a volatile function in READ COMMITTED
-- takes a new snapshot, so the UPDATE, which runs once the lock is held, sees what the previous numbering committed.
CREATE FUNCTION number_events(account TEXT) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    numbered INTEGER;
BEGIN
    -- the account's numbering lock (the first key is Onboard's, 'evnt'), held to the end of the caller's transaction
    PERFORM pg_advisory_xact_lock(1702260340, hashtext(account));
    UPDATE events SET sequence = waiting.sequence
      FROM (SELECT id, (SELECT COALESCE(MAX(sequence), 0) FROM events WHERE account_id = account)
                       + ROW_NUMBER() OVER (ORDER BY written) AS sequence
              FROM events WHERE account_id = account AND sequence IS NULL) AS waiting
     WHERE events.id = waiting.id;
    GET DIAGNOSTICS numbered = ROW_COUNT;
    RETURN numbered;
END
$$;
