package io.onboard.jdbc;

import io.onboard.application.port.out.IdempotencyRecord;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/** Remembered responses in {@code idempotency_records}; the primary key makes a key usable once per account. */
final class JdbcIdempotencyRecords implements IdempotencyRecords {
    /** The first key of the advisory locks PostgreSQL transactions take per idempotency key. */
    private static final int KEY_LOCK = 0x69646b79;

    private final JdbiTransactions db;

    JdbcIdempotencyRecords(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(IdempotencyRecord record) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO idempotency_records (account_id, idempotency_key, request_fingerprint, status,
                            response_body, response_version, response_location, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .bind(0, record.account().value()).bind(1, record.key()).bind(2, record.requestFingerprint())
                .bind(3, record.status()).bind(4, record.responseBody()).bind(5, record.responseVersion())
                .bind(6, record.responseLocation()).bind(7, Columns.millis(record.createdAt()))
                .execute());
    }

    @Override
    public Optional<IdempotencyRecord> find(AccountId account, String key) {
        return db.with(h -> h.createQuery("SELECT * FROM idempotency_records WHERE account_id = ? AND idempotency_key = ?")
                .bind(0, account.value()).bind(1, key)
                .map((rs, ctx) -> new IdempotencyRecord(new AccountId(rs.getString("account_id")),
                        rs.getString("idempotency_key"), rs.getString("request_fingerprint"), rs.getInt("status"),
                        rs.getString("response_body"), Columns.nullableLong(rs, "response_version"),
                        rs.getString("response_location"), Columns.instant(rs, "created_at")))
                .findOne());
    }

    /** On PostgreSQL an advisory lock until the transaction ends; SQLite's writers take turns already. */
    @Override
    public void awaitTurn(AccountId account, String key) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            db.with(h -> h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) AS taken")
                    .bind(0, KEY_LOCK).bind(1, account.value() + " " + key).mapTo(Integer.class).one());
        }
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return db.with(h -> h.createUpdate("DELETE FROM idempotency_records WHERE created_at < ?")
                .bind(0, Columns.millis(cutoff)).execute());
    }
}
