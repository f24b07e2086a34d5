package io.onboard.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for the tests, started once per test run from the binaries on the class path (Maven
 * Central's, no installation), and a new empty database on it for each storage a test opens; closed after the test.
 * Register it with {@code @RegisterExtension}.
 */
final class FreshPostgres implements AfterEachCallback {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private final List<PostgresStorage> opened = new ArrayList<>();

    /** The running server, started on first use and stopped when the test JVM ends. */
    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; its temporary folder goes with it
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** The JDBC URL of a new, empty database. */
    static String newDatabase() {
        String name = "onboard_" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** Onboard's storage on a new database, closed after the test. */
    PostgresStorage open() {
        PostgresStorage storage = PostgresStorage.open(newDatabase());
        opened.add(storage);
        return storage;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        opened.forEach(PostgresStorage::close);
        opened.clear();
    }
}
