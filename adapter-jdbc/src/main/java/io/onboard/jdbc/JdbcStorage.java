package io.onboard.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.out.Provisionings;
import io.onboard.application.port.out.WebhookStorage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Onboard's storage on a SQL database, SQLite ({@link SqliteStorage}) or PostgreSQL ({@link PostgresStorage}): brings
 * the schema up to date on open and hands out every storage port over it. Close it on the way out.
 *
 * <pre>{@code
 * try (JdbcStorage storage = JdbcStorage.open("onboard.db")) {   // or "jdbc:postgresql://host:5432/onboard?user=..."
 *     Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
 * }
 * }</pre>
 */
public abstract sealed class JdbcStorage implements AutoCloseable permits SqliteStorage, PostgresStorage {
    private static final String POSTGRESQL = "jdbc:postgresql:";

    private final OnboardingStorage onboarding;
    private final AccessStorage access;
    private final AutoCloseable pool;
    private final JdbiTransactions db;
    private final Jdbi jdbi;
    private final Dialect dialect;
    /** Stops the search for events a dead writer left without their numbers (PostgreSQL's, see EventNumbering). */
    private final AutoCloseable sweep;
    /** PostgreSQL's store and terminal numbers, on a few connections of their own while the storage is open. */
    private final CounterConnections counters;

    JdbcStorage(DataSource dataSource, AutoCloseable pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        Jdbi jdbi = Jdbi.create(dataSource);
        this.jdbi = jdbi;
        ReusedStatements statements = new ReusedStatements();
        jdbi.setStatementBuilderFactory(connection -> statements);
        Migrations.apply(jdbi, dialect);
        this.db = new JdbiTransactions(jdbi, dataSource, statements, dialect);
        JdbcAccess accounts = new JdbcAccess(db);
        EventNumbering numbering = new EventNumbering(db);
        this.counters = new CounterConnections(dataSource);
        this.sweep = dialect == Dialect.POSTGRESQL ? numbering.sweepInBackground() : () -> { };
        this.onboarding = new OnboardingStorage(accounts, new JdbcPayoutDestinations(db), new JdbcStores(db),
                new JdbcTerminals(db), new JdbcSequences(db, counters), new JdbcSessions(db), new JdbcEvents(db, numbering), db,
                new JdbcEnrollmentChains(db));
        this.access = new AccessStorage(accounts, accounts, new JdbcIdempotencyRecords(db));
    }

    /**
     * The database {@code database} names: a {@code jdbc:postgresql://} URL opens {@link PostgresStorage}, anything
     * else is the path of a SQLite file, created if it does not exist ({@link SqliteStorage}).
     */
    public static JdbcStorage open(String database) {
        return isPostgres(database) ? PostgresStorage.open(database) : SqliteStorage.open(Path.of(database));
    }

    /** Whether {@code database} names a PostgreSQL database rather than a SQLite file. */
    public static boolean isPostgres(String database) {
        return database.startsWith(POSTGRESQL);
    }

    /**
     * The key file webhook secrets are sealed with when none is given: beside a SQLite file ({@code onboard.db.key}).
     * A PostgreSQL database has no such place, and every instance on it must read the same key, so there the key
     * file must be given: {@link IllegalArgumentException} saying so.
     */
    public static Path defaultSecretKeyFile(String database) {
        if (isPostgres(database)) {
            throw new IllegalArgumentException("with a PostgreSQL database, give the webhook secret key file"
                    + " (--secret-key-file, env ONBOARD_SECRET_KEY_FILE): every instance must read the same key");
        }
        Path file = Path.of(database);
        return file.resolveSibling(file.getFileName() + ".key");
    }

    /** {@code database} fit for a log line: a SQLite file's absolute path, a URL without its password. */
    public static String describe(String database) {
        return isPostgres(database) ? database.replaceAll("(?i)([?&]password=)[^&]*", "$1***")
                .replaceAll("//[^/@]*:[^/@]*@", "//***@") : Path.of(database).toAbsolutePath().normalize().toString();
    }

    /** The storage the onboarding use cases need: hand it to {@code Onboard}. */
    public OnboardingStorage onboarding() {
        return onboarding;
    }

    /** What only the HTTP server needs besides: API clients, tokens and idempotency records. */
    public AccessStorage access() {
        return access;
    }

    /**
     * What only a server delivering webhooks needs: subscriptions, their secrets sealed with {@code seal}, and the
     * outbox of deliveries.
     */
    public WebhookStorage webhooks(SecretSeal seal) {
        return new WebhookStorage(new JdbcSubscriptions(db, seal), new JdbcDeliveries(db));
    }

    /** Terminal operations (SPEC 10), over the same database: hand it to {@code Onboard.builder(...).operations(...)}. */
    public Operations operations() {
        return new JdbcOperations(db);
    }

    /**
     * Terminals waiting for a provider that settles later, over the same database: hand it to
     * {@code Onboard.builder(...).provisionings(...)}.
     */
    public Provisionings provisionings() {
        return new JdbcProvisionings(db);
    }

    /**
     * Whether the database answers now and has the schema this build expects (a readiness probe): false when it
     * does not answer, or another Onboard has migrated it further since this one opened it.
     */
    public boolean isReady() {
        try {
            int version = jdbi.withHandle(h -> h.createQuery("SELECT coalesce(max(version), 0) FROM schema_history")
                    .mapTo(Integer.class).one());
            return version == dialect.migrations().size();
        } catch (RuntimeException unreachable) {
            return false;
        }
    }

    /**
     * The counts an operator's metrics show, read now: each status's count of deliveries and operations (a scan of
     * both tables: read it every few seconds, not per request), the oldest pending delivery, and the pool's use.
     */
    public StorageStatistics statistics() {
        Map<String, Long> deliveries = counts("SELECT status, count(*) FROM webhook_deliveries GROUP BY status",
                List.of("PENDING", "DELIVERED", "FAILED"));
        Map<String, Long> operations = counts("SELECT status, count(*) FROM terminal_operations GROUP BY status",
                List.of("PENDING", "COMPLETED", "FAILED", "TIMEOUT"));
        Optional<Instant> oldest = jdbi.withHandle(h -> h.createQuery(
                        "SELECT min(created_at) FROM webhook_deliveries WHERE status = 'PENDING'")
                .mapTo(Long.class).findOne()).map(Instant::ofEpochMilli);
        Optional<StorageStatistics.Pool> connections = this.pool instanceof HikariDataSource hikari && hikari.getHikariPoolMXBean() != null
                ? Optional.of(new StorageStatistics.Pool(hikari.getHikariPoolMXBean().getActiveConnections(),
                        hikari.getHikariPoolMXBean().getIdleConnections(),
                        hikari.getHikariPoolMXBean().getThreadsAwaitingConnection()))
                : Optional.empty();
        return new StorageStatistics(deliveries, oldest, operations, connections);
    }

    private Map<String, Long> counts(String sql, List<String> statuses) {
        Map<String, Long> counts = new LinkedHashMap<>();
        statuses.forEach(status -> counts.put(status, 0L));
        jdbi.useHandle(h -> h.createQuery(sql).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    /** Closes the pooled connections (a data source passed in stays the embedder's to close). */
    @Override
    public void close() {
        try {
            sweep.close();
            counters.close();
            pool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the database connections failed: " + e.getMessage(), e);
        }
    }
}
