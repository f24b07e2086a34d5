package io.onboard.jdbc;

import io.onboard.application.port.out.Persistence;
import org.jdbi.v3.core.Jdbi;

/** Builds every port over one Jdbi, sharing one {@link JdbiTransactions}. */
final class JdbcPersistence {
    private JdbcPersistence() {
    }

    static Persistence over(Jdbi jdbi) {
        JdbiTransactions db = new JdbiTransactions(jdbi);
        JdbcAccess access = new JdbcAccess(db);
        return new Persistence(access, access, access, new JdbcPayoutDestinations(db), new JdbcStores(db),
                new JdbcTerminals(db), new JdbcSequences(db), new JdbcSessions(db), new JdbcIdempotencyRecords(db), db,
                new JdbcEnrollmentChains(db));
    }
}
