package io.onboard.jdbc;

import io.onboard.application.port.out.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Transactions over Jdbi, with the open transaction's handle bound to the thread so every port used inside
 * it writes through the same connection. Reading work binds one handle too, but begins no transaction: a
 * {@code BEGIN IMMEDIATE} would take the write lock. Outside both, each port call runs on its own handle.
 *
 * <p>Writers of this process take turns through one lock, and those that queue up while a transaction is open
 * share its commit (group commit): each runs its work in turn inside the same SQLite transaction, under a
 * savepoint of its own, and the last of the group commits for all. A work that throws is rolled back to its
 * savepoint and leaves the others' work alone; a work that succeeded returns only once the group has
 * committed, and fails if that commit fails. See {@link WriteGroup}. That is SQLite's way, one writer at a time;
 * on PostgreSQL each writer runs a transaction of its own ({@link Dialect#groupsCommits()}).
 */
final class JdbiTransactions implements Transactions {
    /** Enough to spread a commit over many writers, few enough that none waits long for the group to end. */
    static final int MAX_GROUP = 32;
    /**
     * A writer that succeeded waits for the group's commit, so a group is not passed on once its first writer
     * has waited this long: a slow writer (an idempotent request runs the provider's call inside its transaction) then
     * holds up only the writers queued behind it, as it would without groups.
     */
    static final long MAX_GROUP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** How many times a transaction the database cancelled is run in all (see {@link #alone}). */
    static final int ATTEMPTS = 3;
    /** SQLSTATE of a deadlock (40P01) and of a serialization failure (40001): the database's "run it again". */
    private static final Set<String> RUN_AGAIN = Set.of("40P01", "40001");

    private final Jdbi jdbi;
    private final DataSource dataSource;
    private final ReusedStatements statements;
    private final Dialect dialect;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<Handle> reader = new ThreadLocal<>();
    /** What the thread's transaction does once it has committed, each under a key so that it is done once. */
    private final ThreadLocal<Map<Object, Runnable>> committed = new ThreadLocal<>();
    /**
     * One writer of this process at a time. SQLite lets only one {@code BEGIN IMMEDIATE} through anyway; the
     * others wait in its busy handler, which sleeps in growing steps (up to 100 ms) and so leaves the write lock
     * idle most of the time under load (benchmark 3: ~300 registrations/s at 16 connections). Waiting here
     * hands the lock over at once; the busy timeout still covers writers in other processes (the CLI).
     */
    private final ReentrantLock writer = new ReentrantLock();
    /** The transaction the next writer joins, if one is open; guarded by {@link #writer}. */
    private WriteGroup open;
    /** {@link #MAX_GROUP_NANOS}, but for tests of grouping, which must not depend on how fast the machine is; guarded by {@link #writer}. */
    private long maxGroupNanos = MAX_GROUP_NANOS;
    /** Groups ended so far, committed or not: lets tests see how writers were grouped. */
    private final AtomicLong groups = new AtomicLong();

    /** {@code jdbi} must be built on {@code dataSource} with {@code statements} as its statement builder. */
    JdbiTransactions(Jdbi jdbi, DataSource dataSource, ReusedStatements statements, Dialect dialect) {
        this.jdbi = jdbi;
        this.dataSource = dataSource;
        this.statements = statements;
        this.dialect = dialect;
    }

    /** The SQL engine the statements run on. */
    Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Map<Object, Runnable> actions = new LinkedHashMap<>();
        committed.set(actions);
        T result;
        try {
            result = dialect.groupsCommits() ? inGroup(work) : alone(work);
        } finally {
            committed.remove();
        }
        actions.values().forEach(Runnable::run);
        return result;
    }

    /**
     * Does {@code action} once the thread's transaction has committed, before {@link #inTransaction} returns, and
     * not at all if it rolls back; the first action given under a {@code key} is the one done. Outside a
     * transaction, what a statement wrote is committed already, and the action is done now.
     */
    void afterCommit(Object key, Runnable action) {
        Map<Object, Runnable> actions = committed.get();
        if (current.get() == null || actions == null) {
            action.run();
        } else {
            actions.putIfAbsent(key, action);
        }
    }

    /**
     * A transaction of its own, beside any others of this process: what a database server with row locks allows.
     * When two such transactions wait for each other's rows, PostgreSQL cancels one (a deadlock); it is then run
     * again from the start, up to {@link #ATTEMPTS} times in all, rather than failing a request that did nothing wrong.
     * A work may therefore run more than once: it must touch nothing but the database, as use cases do.
     */
    private <T> T alone(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return aloneOnce(work);
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !cancelledToBeRunAgain(e)) {
                    throw e;
                }
                committed.get().clear();
            }
        }
    }

    private <T> T aloneOnce(Supplier<T> work) {
        WriteGroup transaction = WriteGroup.begin(jdbi);
        T result;
        current.set(transaction.handle());
        try {
            result = transaction.run(work);
        } finally {
            current.remove();
            transaction.end();
        }
        transaction.awaitCommit();
        return result;
    }

    /** Whether the database cancelled the transaction for a deadlock or a serialization failure, whatever wraps it. */
    static boolean cancelledToBeRunAgain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && RUN_AGAIN.contains(String.valueOf(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private <T> T inGroup(Supplier<T> work) {
        WriteGroup group;
        T result;
        writer.lock();
        try {
            if (open == null) {
                open = WriteGroup.begin(jdbi);
            }
            group = open;
            current.set(group.handle());
            try {
                result = group.run(work);
            } finally {
                current.remove();
                endOrPassOn();
            }
        } finally {
            writer.unlock();
        }
        group.awaitCommit();
        return result;
    }

    /**
     * Called by each writer after its work, holding the lock: commits the open group unless another writer is
     * already waiting for the lock and can join it; a group that is broken, full or has kept its first writer waiting too long ends at once.
     * The last one in always ends it, so no group stays open.
     */
    private void endOrPassOn() {
        if (open.isBroken() || !writer.hasQueuedThreads() || open.size() >= MAX_GROUP
                || open.waitingNanos() > maxGroupNanos) {
            WriteGroup ending = open;
            open = null;
            groups.incrementAndGet();
            ending.end();
        }
    }

    long groupsEnded() {
        return groups.get();
    }

    /** Lets a test group writers however long their work takes on a slow or busy machine. */
    void maxGroupWait(Duration wait) {
        writer.lock();
        try {
            maxGroupNanos = wait.toNanos();
        } finally {
            writer.unlock();
        }
    }

    /** Writers waiting for the lock right now. */
    int waitingWriters() {
        return writer.getQueueLength();
    }

    /** One handle (a pooled connection and Jdbi's per-handle setup) for all the reads, not one per port call. */
    @Override
    public <T> T reading(Supplier<T> work) {
        if (current.get() != null || reader.get() != null) {
            return work.get();
        }
        try (Handle handle = jdbi.open()) {
            reader.set(handle);
            try {
                return work.get();
            } finally {
                reader.remove();
            }
        }
    }

    /**
     * Runs one query in plain JDBC, for the reads on every request's path (the enrollment check), where Jdbi's
     * handle, binding and mapping machinery took as much time as SQLite's own work (benchmark 1's profile). It
     * runs on the thread's transaction or reading handle if there is one, else on a pooled connection of its
     * own; the statement is prepared once per connection.
     */
    <T> T query(String sql, Binder binder, Reader<T> result) {
        Handle handle = bound();
        try {
            if (handle != null) {
                return query(handle.getConnection(), sql, binder, result);
            }
            try (Connection connection = dataSource.getConnection()) {
                return query(connection, sql, binder, result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    private <T> T query(Connection connection, String sql, Binder binder, Reader<T> result) throws SQLException {
        PreparedStatement statement = statements.create(connection, sql, null);
        try {
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                return result.read(rows);
            }
        } finally {
            statements.close(connection, sql, statement);
        }
    }

    /** Sets a plain query's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /** Reads a plain query's result, positioned before its first row. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs {@code statement} in the thread's open transaction, on the handle of its reading work, or on a handle
     * of its own; a violated constraint comes out as the domain's refusal.
     */
    <T> T with(Function<Handle, T> statement) {
        try {
            Handle handle = bound();
            return handle != null ? statement.apply(handle) : jdbi.withHandle(statement::apply);
        } catch (UnableToExecuteStatementException e) {
            throw Constraints.translate(e);
        }
    }

    /**
     * Runs {@code statement} so that the thread's transaction can go on if it fails, as a caller that handles the
     * failure needs: PostgreSQL refuses every statement after a failed one until the transaction ends, unless a
     * savepoint takes the failure back; SQLite takes back the failed statement alone.
     */
    <T> T recoverable(Supplier<T> statement) {
        Handle handle = current.get();
        if (handle == null || dialect == Dialect.SQLITE) {
            return statement.get();
        }
        handle.execute("SAVEPOINT recoverable");
        T result;
        try {
            result = statement.get();
        } catch (RuntimeException e) {
            handle.execute("ROLLBACK TO SAVEPOINT recoverable");
            handle.execute("RELEASE SAVEPOINT recoverable");
            throw e;
        }
        handle.execute("RELEASE SAVEPOINT recoverable");
        return result;
    }

    /** The thread's transaction handle, else its reading handle, else null. */
    private Handle bound() {
        return current.get() != null ? current.get() : reader.get();
    }
}
