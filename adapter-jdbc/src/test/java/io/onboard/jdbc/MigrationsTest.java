package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Seed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema is created on an empty file, left alone on an up-to-date one, and never run against a newer one. */
class MigrationsTest {
    @TempDir
    Path folder;

    @Test
    void an_empty_file_gets_the_whole_schema_as_strict_tables_in_wal_mode() throws SQLException {
        Path file = folder.resolve("new/onboard.db");
        SqliteStorage.open(file);

        assertThat(query(file, "SELECT version FROM schema_history ORDER BY version")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(query(file, "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE '%STRICT' "
                + "AND name NOT LIKE 'sqlite_%'")).isEmpty();
        assertThat(query(file, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")).contains(
                "accounts", "api_clients", "access_tokens", "payout_destinations", "stores", "terminals", "sessions",
                "sequences", "idempotency_records", "events", "webhook_subscriptions", "webhook_deliveries", "terminal_operations",
                "provisionings");
        assertThat(query(file, "PRAGMA journal_mode")).containsExactly("wal");
    }

    @Test
    void opening_an_up_to_date_file_again_changes_nothing_and_keeps_the_data() throws SQLException {
        Path file = folder.resolve("onboard.db");
        Onboard.withBuiltIns(SqliteStorage.open(file).onboarding()).createAccount()
                .create(new CreateAccountCommand(Seed.ACCOUNT.value(), "kept"));
        List<String> schemaBefore = query(file, "SELECT sql FROM sqlite_schema ORDER BY name");
        List<String> historyBefore = query(file, "SELECT version || checksum || applied_at FROM schema_history");

        SqliteStorage.open(file);

        assertThat(query(file, "SELECT sql FROM sqlite_schema ORDER BY name")).isEqualTo(schemaBefore);
        assertThat(query(file, "SELECT version || checksum || applied_at FROM schema_history")).isEqualTo(historyBefore);
        assertThat(query(file, "SELECT name FROM accounts")).containsExactly("kept");
    }

    @Test
    void a_database_migrated_by_a_newer_onboard_is_refused() throws SQLException {
        Path file = folder.resolve("onboard.db");
        SqliteStorage.open(file);
        execute(file, "INSERT INTO schema_history VALUES (8, 'V8__future.sql', 'x', 0)");

        assertThatThrownBy(() -> SqliteStorage.open(file)).hasMessageContaining("schema version 8");
    }

    @Test
    void a_database_of_the_first_release_gets_the_enrollment_indexes_and_keeps_its_data() throws SQLException {
        Path file = folder.resolve("onboard.db");
        Onboard.withBuiltIns(SqliteStorage.open(file).onboarding()).createAccount()
                .create(new CreateAccountCommand(Seed.ACCOUNT.value(), "kept"));
        for (String index : List.of("terminals_enrollment", "stores_enrollment", "payout_destinations_enrollment")) {
            execute(file, "DROP INDEX " + index);
        }
        execute(file, "DELETE FROM schema_history WHERE version = 2");

        SqliteStorage.open(file);

        assertThat(query(file, "SELECT version FROM schema_history ORDER BY version")).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(query(file, "SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%_enrollment' ORDER BY name"))
                .containsExactly("payout_destinations_enrollment", "stores_enrollment", "terminals_enrollment");
        assertThat(query(file, "SELECT name FROM accounts")).containsExactly("kept");
    }

    @Test
    void an_applied_migration_that_was_edited_is_refused() throws SQLException {
        Path file = folder.resolve("onboard.db");
        SqliteStorage.open(file);
        execute(file, "UPDATE schema_history SET checksum = 'edited' WHERE version = 1");

        assertThatThrownBy(() -> SqliteStorage.open(file)).hasMessageContaining("was changed after it was applied");
    }

    @Test
    void idempotency_records_kept_before_replay_headers_were_kept_stay_readable_without_them() throws SQLException {
        Path file = folder.resolve("onboard.db");
        Onboard.withBuiltIns(SqliteStorage.open(file).onboarding()).createAccount()
                .create(new CreateAccountCommand(Seed.ACCOUNT.value(), "kept"));
        execute(file, "ALTER TABLE idempotency_records DROP COLUMN response_version");
        execute(file, "ALTER TABLE idempotency_records DROP COLUMN response_location");
        execute(file, "DELETE FROM schema_history WHERE version = 3");
        execute(file, "INSERT INTO idempotency_records VALUES ('" + Seed.ACCOUNT.value() + "', 'key-1', 'POST x', 201, '{}', 0)");

        try (SqliteStorage upgraded = SqliteStorage.open(file)) {
            var record = upgraded.access().idempotencyRecords().find(Seed.ACCOUNT, "key-1").orElseThrow();

            assertThat(record.responseBody()).isEqualTo("{}");
            assertThat(record.responseVersion()).isNull();
            assertThat(record.responseLocation()).isNull();
        }
        assertThat(query(file, "SELECT version FROM schema_history ORDER BY version")).containsExactly("1", "2", "3", "4", "5", "6", "7");
    }

    private static List<String> query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
