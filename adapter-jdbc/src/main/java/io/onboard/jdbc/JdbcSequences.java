package io.onboard.jdbc;

import io.onboard.application.port.out.Sequences;
import io.onboard.domain.account.AccountId;

/**
 * Per-account counters in {@code sequences}: one upsert that increments and returns the value, so the
 * number is taken under the write lock of the caller's transaction and two callers never share one.
 */
final class JdbcSequences implements Sequences {
    private final JdbiTransactions db;

    JdbcSequences(JdbiTransactions db) {
        this.db = db;
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
        return db.with(h -> h.createQuery("""
                        INSERT INTO sequences (account_id, name, last_value) VALUES (?, ?, 1)
                        ON CONFLICT (account_id, name) DO UPDATE SET last_value = sequences.last_value + 1
                        RETURNING last_value""")
                .bind(0, account.value()).bind(1, name).mapTo(Long.class).one());
    }
}
