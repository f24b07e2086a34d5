package io.onboard.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Onboard's storage on SQLite: opens (or creates) a database, brings its schema up to date, and hands out
 * every storage port over it: {@link #onboarding()} for the onboarding use cases, {@link #access()} for what
 * only the HTTP server needs. One per process and file (the CLI beside the server is fine); close it on the way out.
 *
 * <pre>{@code
 * try (SqliteStorage storage = SqliteStorage.open(Path.of("onboard.db"))) {
 *     Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
 * }
 * }</pre>
 */
public final class SqliteStorage extends JdbcStorage {
    /** How long a writer waits for another process (the CLI beside the server) to finish its write. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;

    /** Connections kept open: SQLite writes one at a time anyway, but readers run side by side in WAL mode. */
    public static final int POOL_SIZE = 8;

    private SqliteStorage(DataSource dataSource, AutoCloseable pool) {
        super(dataSource, pool, Dialect.SQLITE);
    }

    /** Opens the database file, creating it and its folder if needed. */
    public static SqliteStorage open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot create the folder of " + file + ": " + e.getMessage(), e);
        }
        SQLiteDataSource sqlite = new SQLiteDataSource(configuration());
        sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        // Opening a SQLite connection (file, pragmas, WAL index) costs far more than a short transaction: pool them.
        HikariConfig pooling = new HikariConfig();
        pooling.setDataSource(sqlite);
        pooling.setPoolName("onboard-sqlite");
        pooling.setMaximumPoolSize(POOL_SIZE);
        pooling.setMinimumIdle(1);
        // A local file connection does not go stale; keeping it keeps its prepared statements (ReusedStatements).
        pooling.setMaxLifetime(0);
        pooling.setIdleTimeout(0);
        HikariDataSource pooled = new HikariDataSource(pooling);
        try {
            return new SqliteStorage(pooled, pooled);
        } catch (RuntimeException e) {
            pooled.close();
            throw e;
        }
    }

    /**
     * Uses a data source the embedding system already has. Its connections must be SQLite connections set
     * up as {@link #configuration()} describes (foreign keys on, WAL, busy timeout, immediate transactions);
     * one that is not is refused with an {@link IllegalArgumentException} that says what to set.
     */
    public static SqliteStorage open(DataSource dataSource) {
        ConnectionSettings.require(dataSource);
        return new SqliteStorage(dataSource, () -> { });
    }

    /**
     * The connection settings Onboard relies on: foreign keys enforced; WAL, so readers never block the
     * writer and a killed process loses no committed transaction; a busy timeout, so a second process waits
     * rather than fails; and {@code BEGIN IMMEDIATE}, so a transaction takes the write lock up front instead
     * of failing when it upgrades from reading to writing.
     */
    public static SQLiteConfig configuration() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // Temporary files stay in memory: the statement journal of each group-commit member's savepoint (a file
        // written page by page otherwise: two thirds of a registration's write calls in benchmark 3), and the
        // temporary b-trees of a sort or grouping (the delivery loop's due list). Both are as small as what they hold.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        return config;
    }
}
