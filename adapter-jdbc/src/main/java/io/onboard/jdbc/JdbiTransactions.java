package io.onboard.jdbc;

import io.onboard.application.port.out.Transactions;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Transactions over Jdbi, with the open transaction's handle bound to the thread so every port used inside
 * it writes through the same connection. Outside a transaction, each port call runs on its own.
 */
final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    JdbiTransactions(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return jdbi.inTransaction(handle -> {
            current.set(handle);
            try {
                return work.get();
            } finally {
                current.remove();
            }
        });
    }

    /**
     * Runs {@code statement} in the thread's open transaction, or on a handle of its own; a violated
     * constraint comes out as the domain's refusal.
     */
    <T> T with(Function<Handle, T> statement) {
        try {
            Handle handle = current.get();
            return handle != null ? statement.apply(handle) : jdbi.withHandle(statement::apply);
        } catch (UnableToExecuteStatementException e) {
            throw Constraints.translate(e);
        }
    }
}
