package io.onboard.jdbc;

import io.onboard.application.port.out.Transactions;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Transactions over Jdbi, with the open transaction's handle bound to the thread so every port used inside
 * it writes through the same connection. Reading work binds one handle too, but begins no transaction: a
 * {@code BEGIN IMMEDIATE} would take the write lock. Outside both, each port call runs on its own handle.
 */
final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final ThreadLocal<Handle> reader = new ThreadLocal<>();
    /**
     * One writer of this process at a time. SQLite lets only one {@code BEGIN IMMEDIATE} through anyway; the
     * others wait in its busy handler, which sleeps in growing steps (up to 100 ms) and so leaves the write lock
     * idle most of the time under load (benchmark 3: ~300 registrations/s at 16 connections). Waiting here
     * hands the lock over at once; the busy timeout still covers writers in other processes (the CLI).
     */
    private final ReentrantLock writer = new ReentrantLock();

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        writer.lock();
        try {
            return jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } finally {
            writer.unlock();
        }
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
     * Runs {@code statement} in the thread's open transaction, on the handle of its reading work, or on a handle
     * of its own; a violated constraint comes out as the domain's refusal.
     */
    <T> T with(Function<Handle, T> statement) {
        try {
            Handle handle = current.get() != null ? current.get() : reader.get();
            return handle != null ? statement.apply(handle) : jdbi.withHandle(statement::apply);
        } catch (UnableToExecuteStatementException e) {
            throw Constraints.translate(e);
        }
    }
}
