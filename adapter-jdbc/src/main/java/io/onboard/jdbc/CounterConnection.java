package io.onboard.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * PostgreSQL's store and terminal numbers, each taken in a short transaction of its own on a connection kept for
 * that, rather than in the caller's transaction.
 *
 * <p>Taken in the caller's transaction, the counter's row stays locked until that transaction commits, so an
 * account's registrations take turns through the rest of their transactions, commit included: benchmark 3 spent its
 * time waiting for that row (about 230 registrations a second). Here the row is locked only for the increment. A number taken by a caller whose
 * transaction then rolls back is burnt, which SPEC allows.
 *
 * <p>The increment commits without waiting for its WAL flush ({@code synchronous_commit = off}, for this transaction
 * only). That cannot give a number out twice: PostgreSQL's WAL is one sequence, so the commit of any transaction
 * that used the number, which does wait for its flush, makes the increment durable with it; a crash can only take
 * back increments whose numbers nothing durable used.
 *
 * <p>One connection, one number at a time per storage (one round trip each). The connection is taken from the data
 * source on first use and kept; after a failure it is given back, and the next call takes another.
 */
final class CounterConnection implements AutoCloseable {
    /** One round trip: the setting is local to the statement's own transaction, whose commit reads it. */
    private static final String NEXT = """
            WITH no_flush_wait AS MATERIALIZED (SELECT set_config('synchronous_commit', 'off', true))
            INSERT INTO sequences (account_id, name, last_value) SELECT ?, ?, 1 FROM no_flush_wait
            ON CONFLICT (account_id, name) DO UPDATE SET last_value = sequences.last_value + 1
            RETURNING last_value""";

    private final DataSource dataSource;
    /** Guarded by this. */
    private Connection connection;

    CounterConnection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds one to the account's counter {@code name} and returns it, committed. */
    synchronized long next(String account, String name) {
        try {
            try (PreparedStatement next = connection().prepareStatement(NEXT)) {
                next.setString(1, account);
                next.setString(2, name);
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("taking the next " + name + " number failed: " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
        }
        return connection;
    }

    /** Gives the connection back; the next call takes another. */
    @Override
    public synchronized void close() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the pool discards a connection it cannot reset
        } finally {
            connection = null;
        }
    }
}
