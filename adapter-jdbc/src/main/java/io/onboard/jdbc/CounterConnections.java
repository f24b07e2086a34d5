package io.onboard.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import javax.sql.DataSource;

/**
 * PostgreSQL's store and terminal numbers, each taken in a short transaction of its own on one of a few connections
 * kept for that, rather than in the caller's transaction.
 *
 * <p>Taken in the caller's transaction, the counter's row stays locked until that transaction commits, so an
 * account's registrations take turns through the rest of their transactions, commit included: benchmark 3 spent its
 * time waiting for that row (about 230 registrations a second). Here the row is locked only for the increment. A
 * number taken by a caller whose transaction then rolls back is burnt, which SPEC allows.
 *
 * <p>The increment commits without waiting for its WAL flush ({@code synchronous_commit = off}, for this transaction
 * only). That cannot give a number out twice: PostgreSQL's WAL is one sequence, so the commit of any transaction
 * that used the number, which does wait for its flush, makes the increment durable with it; a crash can only take
 * back increments whose numbers nothing durable used.
 *
 * <p>Up to {@link #CONNECTIONS} numbers are taken at once, each on a connection of its own (one round trip). With one,
 * every registration of the instance queued for the one connection while it waited for PostgreSQL's backend to be
 * scheduled on a busy machine (benchmark 3: 16 of the request threads in 10 stack samples waited here, more than
 * anywhere else). The connections are taken from the data source on first use and kept apart from the callers' own,
 * so that once they are, a caller holding a connection for its transaction does not wait for the pool to free
 * another; after a failure the connection is given back, and the next call takes another.
 */
final class CounterConnections implements AutoCloseable {
    /** Numbers taken at once: the increment holds the counter's row only while PostgreSQL works, so a few suffice. */
    static final int CONNECTIONS = 4;

    /** One round trip: the setting is local to the statement's own transaction, whose commit reads it. */
    private static final String NEXT = """
            WITH no_flush_wait AS MATERIALIZED (SELECT set_config('synchronous_commit', 'off', true))
            INSERT INTO sequences (account_id, name, last_value) SELECT ?, ?, 1 FROM no_flush_wait
            ON CONFLICT (account_id, name) DO UPDATE SET last_value = sequences.last_value + 1
            RETURNING last_value""";

    private final DataSource dataSource;
    private final Semaphore turns = new Semaphore(CONNECTIONS);
    /** Kept connections not in use right now. */
    private final Deque<Connection> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    CounterConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds one to the account's counter {@code name} and returns it, committed. */
    long next(String account, String name) {
        turns.acquireUninterruptibly();
        Connection connection = null;
        try {
            connection = idle.pollFirst();
            if (connection == null) {
                connection = dataSource.getConnection();
                connection.setAutoCommit(true);
            }
            long number;
            try (PreparedStatement next = connection.prepareStatement(NEXT)) {
                next.setString(1, account);
                next.setString(2, name);
                try (ResultSet row = next.executeQuery()) {
                    row.next();
                    number = row.getLong(1);
                }
            }
            keep(connection);
            return number;
        } catch (SQLException e) {
            giveBack(connection);
            throw new IllegalStateException("taking the next " + name + " number failed: " + e.getMessage(), e);
        } finally {
            turns.release();
        }
    }

    private void keep(Connection connection) {
        idle.addFirst(connection);
        if (closed) {
            close();
        }
    }

    /** Gives the kept connections back; a call under way gives its own back when it ends. */
    @Override
    public void close() {
        closed = true;
        for (Connection connection = idle.pollFirst(); connection != null; connection = idle.pollFirst()) {
            giveBack(connection);
        }
    }

    private static void giveBack(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the pool discards a connection it cannot reset
        }
    }
}
