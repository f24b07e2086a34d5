package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** An embedder's own SQLite pool is used only when its connections are set up as Onboard relies on. */
class DataSourceSettingsTest {
    @TempDir
    Path folder;

    @Test
    void a_pool_set_up_as_the_configuration_says_is_used() {
        try (SqliteStorage storage = SqliteStorage.open(dataSource(SqliteStorage.configuration()))) {
            assertThat(storage.onboarding().accounts().any()).isFalse();
        }
    }

    @Test
    void a_pool_without_foreign_keys_and_wal_is_refused_with_every_setting_to_change() {
        SQLiteConfig careless = SqliteStorage.configuration();
        careless.enforceForeignKeys(false);
        careless.setJournalMode(SQLiteConfig.JournalMode.DELETE);

        assertThatThrownBy(() -> SqliteStorage.open(dataSource(careless)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("foreign keys are off: set SQLiteConfig.enforceForeignKeys(true)")
                .hasMessageContaining("the journal mode is delete: set SQLiteConfig.setJournalMode(JournalMode.WAL)")
                .hasMessageNotContaining("busy timeout")
                .hasMessageNotContaining("transactions begin");
    }

    @Test
    void a_pool_without_a_busy_timeout_or_immediate_transactions_is_refused() {
        SQLiteConfig careless = SqliteStorage.configuration();
        careless.setBusyTimeout(0);
        careless.setTransactionMode(SQLiteConfig.TransactionMode.DEFERRED);

        assertThatThrownBy(() -> SqliteStorage.open(dataSource(careless)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("there is no busy timeout: set SQLiteConfig.setBusyTimeout(10000)")
                .hasMessageContaining("transactions begin DEFERRED: set SQLiteConfig.setTransactionMode(TransactionMode.IMMEDIATE)")
                .hasMessageNotContaining("foreign keys");
    }

    @Test
    void a_refused_pool_leaves_no_schema_behind() throws Exception {
        SQLiteConfig careless = SqliteStorage.configuration();
        careless.enforceForeignKeys(false);
        SQLiteDataSource refused = dataSource(careless);

        assertThatThrownBy(() -> SqliteStorage.open(refused)).isInstanceOf(IllegalArgumentException.class);

        try (Connection connection = refused.getConnection(); Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getInt(1)).as("tables, indexes and views created").isZero();
        }
    }

    private SQLiteDataSource dataSource(SQLiteConfig config) {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + folder.resolve("pos.db"));
        return dataSource;
    }
}
