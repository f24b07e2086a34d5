-- The enrollment check reads a terminal's status, reason and store on every readiness request and session.
-- Carrying those columns in an index answers the terminal part of the check from the index alone, without a
-- second lookup into the wide table rows (benchmarks 1 and 2; see JdbcEnrollmentChains).
CREATE INDEX terminals_enrollment ON terminals (account_id, number, status, status_reason, store_number);
