package io.onboard.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.SQLiteConnection;

/**
 * Checks that a data source an embedder hands over gives SQLite connections set up as Onboard relies on
 * (see {@link SqliteStorage#configuration()}). Each of these settings failing silently would break a promise:
 * references unenforced, readers blocking the writer, a second process failing at once, or transactions that
 * fail when they upgrade to writing. So a pool missing any of them is refused, with what to set.
 */
final class ConnectionSettings {
    private ConnectionSettings() {
    }

    static void require(DataSource dataSource) {
        List<String> wrong = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isWrapperFor(SQLiteConnection.class)) {
                throw new IllegalArgumentException("the data source gives " + connection.getMetaData().getDatabaseProductName()
                        + " connections; SqliteStorage needs SQLite connections (org.xerial:sqlite-jdbc)");
            }
            SQLiteConnection sqlite = connection.unwrap(SQLiteConnection.class);
            if (!"1".equals(pragma(connection, "foreign_keys"))) {
                wrong.add("foreign keys are off: set SQLiteConfig.enforceForeignKeys(true), or foreign_keys=true in the URL");
            }
            String journal = pragma(connection, "journal_mode").toLowerCase(Locale.ROOT);
            if (!journal.equals("wal")) {
                wrong.add("the journal mode is " + journal + ": set SQLiteConfig.setJournalMode(JournalMode.WAL), "
                        + "or journal_mode=WAL in the URL");
            }
            if (Integer.parseInt(pragma(connection, "busy_timeout")) <= 0) {
                wrong.add("there is no busy timeout: set SQLiteConfig.setBusyTimeout(" + SqliteStorage.BUSY_TIMEOUT_MILLIS
                        + "), or busy_timeout=" + SqliteStorage.BUSY_TIMEOUT_MILLIS + " in the URL");
            }
            TransactionMode mode = sqlite.getConnectionConfig().getTransactionMode();
            if (mode != TransactionMode.IMMEDIATE) {
                wrong.add("transactions begin " + mode + ": set SQLiteConfig.setTransactionMode(TransactionMode.IMMEDIATE), "
                        + "or transaction_mode=IMMEDIATE in the URL");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the data source's SQLite connections: " + e.getMessage(), e);
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("the data source's SQLite connections are not set up as Onboard needs "
                    + "(SqliteStorage.configuration() has every setting): " + String.join("; ", wrong));
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery("PRAGMA " + name)) {
            return row.next() ? row.getString(1) : "";
        }
    }
}
