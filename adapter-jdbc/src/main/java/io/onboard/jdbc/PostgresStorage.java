package io.onboard.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/**
 * Onboard's storage on PostgreSQL (14 or newer), for several server instances sharing one database: the same ports,
 * schema rules and contract as {@link SqliteStorage}. Each writer runs its own transaction; what must not happen twice
 * across instances is kept by the database itself: unique keys and conditional updates.
 *
 * <pre>{@code
 * try (PostgresStorage storage = PostgresStorage.open("jdbc:postgresql://db:5432/onboard?user=onboard&password=...")) {
 *     Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
 * }
 * }</pre>
 */
public final class PostgresStorage extends JdbcStorage {
    /**
     * Connections each instance keeps. At 10, 64 concurrent reads on 2 cores spent their time handing connections over
     * (HikariCP's pool spins, yielding, for a returned connection); 24 leaves room for four instances in PostgreSQL's
     * default 100 connections.
     */
    public static final int POOL_SIZE = 24;

    private PostgresStorage(DataSource dataSource, AutoCloseable pool) {
        super(dataSource, pool, Dialect.POSTGRESQL);
    }

    /** Connects to the database {@code url} names ({@code jdbc:postgresql://host:port/database?user=...}). */
    public static PostgresStorage open(String url) {
        HikariConfig pooling = new HikariConfig();
        pooling.setJdbcUrl(url);
        pooling.setPoolName("onboard-postgresql");
        pooling.setMaximumPoolSize(POOL_SIZE);
        pooling.setMinimumIdle(1);
        // a request, or a readiness probe, waits this long for a connection when the database is away, not 30 s
        pooling.setConnectionTimeout(5_000);
        HikariDataSource pooled = new HikariDataSource(pooling);
        try {
            return new PostgresStorage(pooled, pooled);
        } catch (RuntimeException e) {
            pooled.close();
            throw e;
        }
    }

    /** Uses a data source the embedding system already has, connected to a PostgreSQL database it may share. */
    public static PostgresStorage open(DataSource dataSource) {
        return new PostgresStorage(dataSource, () -> { });
    }
}
