package io.onboard.jdbc.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server for bench/postgres.sh, from the same Maven Central binaries the tests use: prints the JDBC URL
 * of a new database on it ({@code url=...}), then runs until the process is stopped (its shutdown stops the server).
 *
 * <p>Unlike the tests' server, which trades durability for speed (the embedded server's defaults: no fsync, commits
 * that do not wait for their WAL flush), this one is durable as an operator runs PostgreSQL: each commit waits for
 * its WAL to reach the disk, as PostgreSQL's own defaults have it. Arguments {@code name=value} add settings.
 */
public final class BenchPostgres {
    private BenchPostgres() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        EmbeddedPostgres.Builder durable = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        for (String setting : args) {
            // name=value: a setting for a measurement of its own (shared_preload_libraries=pg_stat_statements)
            String[] nameAndValue = setting.split("=", 2);
            durable.setServerConfig(nameAndValue[0], nameAndValue[1]);
        }
        EmbeddedPostgres server = durable.start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE onboard");
        }
        System.out.println("url=" + server.getJdbcUrl("postgres", "onboard"));
        System.out.flush();
        Thread.currentThread().join();
    }
}
