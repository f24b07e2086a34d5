package com.example.pos.storage;

import io.onboard.application.port.out.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the POS's in-process tables: writes change the tables in place and log how to reverse
 * themselves, and work that throws replays its part of the log backwards. One lock serializes them.
 * {@link #reading} keeps its default: every port read takes the lock on its own, which is all it asks for.
 */
final class PosTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    /** How to reverse each write of the open transaction, oldest first; touched only by the lock's holder. */
    private final List<Runnable> undoLog = new ArrayList<>();
    /** How many transactions the lock's holder has open, one inside the other. */
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        // A nested transaction keeps a savepoint of its own: when it throws, only its writes are reversed
        // (a caller may catch and go on), but it commits only with the outermost one.
        int savepoint = undoLog.size();
        depth++;
        try {
            T result = work.get();
            if (depth == 1) {
                undoLog.clear();
            }
            return result;
        } catch (Throwable failure) {
            undoBackTo(savepoint);
            throw failure;
        } finally {
            depth--;
            lock.unlock();
        }
    }

    /**
     * Runs a query under the lock. On the thread of a running transaction it joins it and sees its writes;
     * any other thread waits until that transaction has committed or been undone, so none reads half of one.
     */
    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }

    /** Runs a change as a transaction of its own, or as part of the one running on this thread. */
    void write(Runnable change) {
        inTransaction(() -> {
            change.run();
            return null;
        });
    }

    /** Logs how to reverse a write just made; a write outside a transaction could never be reversed. */
    void logUndo(Runnable reversal) {
        if (!lock.isHeldByCurrentThread() || depth == 0) {
            throw new IllegalStateException("the POS tables are written only inside a transaction");
        }
        undoLog.add(reversal);
    }

    private void undoBackTo(int savepoint) {
        for (int last = undoLog.size() - 1; last >= savepoint; last--) {
            undoLog.remove(last).run();
        }
    }
}
