package io.onboard.jdbc;

import io.onboard.application.port.out.Sequences;
import io.onboard.domain.account.AccountId;

/**
 * Per-account counters in {@code sequences}: one upsert that increments and returns the value, so two callers
 * never share one. SQLite takes the number under the write lock of the caller's transaction; PostgreSQL in a
 * transaction of its own ({@link CounterConnections}), so that no writer waits for another's commit.
 */
final class JdbcSequences implements Sequences {
    private final JdbiTransactions db;

    private final CounterConnections counters;

    JdbcSequences(JdbiTransactions db, CounterConnections counters) {
        this.db = db;
        this.counters = counters;
    }

    @Override
    public long nextStoreNumber(AccountId account) {
        return next(account, "store");
    }

    @Override
    public long nextTerminalNumber(AccountId account) {
        return next(account, "terminal");
    }

    private long next(AccountId account, String name) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            return counters.next(account.value(), name);
        }
        return db.with(h -> h.createQuery("""
                        INSERT INTO sequences (account_id, name, last_value) VALUES (?, ?, 1)
                        ON CONFLICT (account_id, name) DO UPDATE SET last_value = sequences.last_value + 1
                        RETURNING last_value""")
                .bind(0, account.value()).bind(1, name).mapTo(Long.class).one());
    }
}
