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
