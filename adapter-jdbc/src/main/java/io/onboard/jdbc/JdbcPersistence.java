package io.onboard.jdbc;

import io.onboard.application.port.out.Persistence;

/** Builds every port over one database, sharing one {@link JdbiTransactions}. */
final class JdbcPersistence {
    private JdbcPersistence() {
    }

    static Persistence over(JdbiTransactions db) {
        JdbcAccess access = new JdbcAccess(db);
        return new Persistence(access, access, access, new JdbcPayoutDestinations(db), new JdbcStores(db),
                new JdbcTerminals(db), new JdbcSequences(db), new JdbcSessions(db), new JdbcIdempotencyRecords(db), db,
                new JdbcEnrollmentChains(db));
    }
}
