package io.onboard.jdbc.bench;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.service.Access;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.jdbc.JdbcStorage;
import io.onboard.jdbc.SqliteStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Fills a SQLite file with one test account, an API client, sellers (all {@code ACTIVE}), stores and N
 * enrolled terminals. Sellers and stores go through the use cases; terminals are built as domain objects and
 * inserted in large batches, since a million registrations through the API would take longer than the benchmarks.
 * A finished database has a {@code .client} file beside it holding the client's credentials; it is reused.
 */
public final class BenchData {
    public static final AccountId ACCOUNT = AccountId.parse("T00000001");
    /** Terminal n gets model {@code MODELS[n % MODELS.length]}, so a model filter matches one terminal in five. */
    static final DeviceModel[] MODELS = DeviceModel.values();
    private static final int BATCH = 100_000;

    private BenchData() {
    }

    /**
     * The credentials line of the API client of a new PostgreSQL database {@code url} names, generated now (nothing
     * is kept between runs: the database server is the run's own).
     */
    public static String generate(String url, int terminals, int stores, int sellers) throws SQLException {
        String credentials = generateInto(url, terminals, stores, sellers, () -> DriverManager.getConnection(url));
        // as an operator does after a bulk load: the visibility map and statistics that autovacuum would make only
        // minutes later, without which every index-only read visits the table and sets its hint bits (writes)
        try (Connection c = DriverManager.getConnection(url); Statement vacuum = c.createStatement()) {
            vacuum.execute("VACUUM ANALYZE");
        }
        return credentials;
    }

    /** The credentials line of the database's API client, generating the database first if needed. */
    public static String ensure(Path db, int terminals, int stores, int sellers) throws IOException, SQLException {
        Path client = clientFile(db);
        if (Files.exists(client)) {
            return Files.readString(client).strip();
        }
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + "-wal"));
        Files.deleteIfExists(Path.of(db + "-shm"));
        SQLiteConfig config = SqliteStorage.configuration();
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF); // bulk load: a crash only means generating again
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + db.toAbsolutePath());
        String credentials = generateInto(db.toString(), terminals, stores, sellers, source::getConnection);
        Files.writeString(client, credentials + "\n");
        return credentials;
    }

    /** Opens a connection for the bulk insert of terminals. */
    private interface Connector {
        Connection open() throws SQLException;
    }

    private static String generateInto(String db, int terminals, int stores, int sellers, Connector bulk)
            throws SQLException {
        long start = System.nanoTime();
        String credentials;
        List<Store> created = new ArrayList<>();
        try (JdbcStorage storage = JdbcStorage.open(db)) {
            Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
            onboard.createAccount().create(new CreateAccountCommand(ACCOUNT.value(), "Benchmarks"));
            IssuedClient issued = Access.withDefaults(storage.onboarding(), storage.access()).issueApiClient()
                    .issue(new IssueApiClientCommand(ACCOUNT, List.of()));
            credentials = "client_id=" + issued.clientId() + " client_secret=" + issued.clientSecret();
            for (int i = 1; i <= sellers; i++) {
                onboard.applyForPayoutDestination().apply(Requests.company(ACCOUNT, "seller-" + i,
                        organizationNumber(i), "AUTO_APPROVE"));
            }
            for (int i = 1; i <= stores; i++) {
                created.add(onboard.createStore().create(Requests.store(ACCOUNT, "store-" + i,
                        "seller-" + (1 + (i - 1) % sellers), null)).store());
            }
        }
        insertTerminals(bulk, created, terminals);
        verify(db, terminals);
        System.out.printf("generated %s: %d sellers, %d stores, %d terminals in %.1f s%n", db, sellers, stores,
                terminals, (System.nanoTime() - start) / 1e9);
        return credentials;
    }

    static Path clientFile(Path db) {
        return Path.of(db + ".client");
    }

    /** Terminal {@code n} ({@code T00000001-T000n}) sits in store {@code (n-1) % stores + 1}. */
    private static void insertTerminals(Connector bulk, List<Store> stores, int count) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = bulk.open(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO terminals (id, account_id, number, terminal_id, serial_number, device_model, store_number,
                    status, status_reason, label, created_at, updated_at, status_changed_at, deleted_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, 1)""")) {
            c.setAutoCommit(false);
            for (int n = 1; n <= count; n++) {
                Store store = stores.get((n - 1) % stores.size());
                Terminal t = Terminal.register(UUID.randomUUID(), TerminalId.next(ACCOUNT, n),
                        new SerialNumber(String.format("BENCH-%09d", n)), MODELS[n % MODELS.length], store, null, now)
                        .provisioned(ProvisioningResult.ACTIVATED, now);
                insert.setString(1, t.id().toString());
                insert.setString(2, ACCOUNT.value());
                insert.setLong(3, n);
                insert.setString(4, t.terminalId().value());
                insert.setString(5, t.serialNumber().value());
                insert.setString(6, t.model().name());
                insert.setLong(7, t.storeId().number());
                insert.setString(8, t.status().name());
                insert.setString(9, t.reason().map(Enum::name).orElse(null));
                insert.setLong(10, t.createdAt().toEpochMilli());
                insert.setLong(11, t.updatedAt().toEpochMilli());
                insert.setLong(12, t.statusChangedAt().toEpochMilli());
                insert.addBatch();
                if (n % BATCH == 0 || n == count) {
                    insert.executeBatch();
                    c.commit();
                }
            }
            try (PreparedStatement sequence = c.prepareStatement(
                    """
                    INSERT INTO sequences (account_id, name, last_value) VALUES (?, 'terminal', ?)
                    ON CONFLICT (account_id, name) DO UPDATE SET last_value = excluded.last_value""")) {
                sequence.setString(1, ACCOUNT.value());
                sequence.setLong(2, count);
                sequence.executeUpdate();
            }
            c.commit();
        }
    }

    /** The application must read what was inserted: the last terminal is enrolled and listed. */
    private static void verify(String db, int terminals) {
        try (JdbcStorage storage = JdbcStorage.open(db)) {
            Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
            String last = TerminalId.next(ACCOUNT, terminals).value();
            if (!onboard.checkReadiness().check(ACCOUNT, last).enrolled()) {
                throw new IllegalStateException("generated terminal " + last + " is not enrolled");
            }
            if (onboard.listTerminals().list(ListTerminalsQuery.builder(ACCOUNT).limit(100).build()).items().size() != Math.min(100, terminals)) {
                throw new IllegalStateException("generated terminals are not listed");
            }
        }
    }

    /** The i-th valid Norwegian organization number (MOD11, weights 3,2,7,6,5,4,3,2); numbers with no check digit are skipped. */
    static String organizationNumber(int i) {
        int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
        for (int base = 80_000_000 + i * 11; ; base++) {
            String digits = Integer.toString(base);
            int sum = 0;
            for (int k = 0; k < 8; k++) {
                sum += (digits.charAt(k) - '0') * weights[k];
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits + check;
            }
        }
    }
}
