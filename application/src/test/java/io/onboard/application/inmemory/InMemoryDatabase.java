package io.onboard.application.inmemory;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The state behind every in-memory port, with real transactions: one lock serializes them (as SQLite
 * does) and a transaction that throws restores the state it started from. Values are immutable domain
 * objects, so a snapshot is a copy of the maps.
 */
public final class InMemoryDatabase implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private InMemoryState state = new InMemoryState();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            InMemoryState before = state.copy();
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                state = before;
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one port operation atomically; on its own it is a transaction of one statement. */
    <T> T read(Function<InMemoryState, T> operation) {
        return inTransaction(() -> operation.apply(state));
    }

    static <T> Page<T> page(List<T> items, Predicate<T> filter, Function<T, Cursor> cursorOf, PageRequest page) {
        List<T> fetched = items.stream()
                .filter(filter)
                .sorted(Comparator.comparing((T item) -> cursorOf.apply(item).position())
                        .thenComparing(item -> cursorOf.apply(item).tieBreaker()))
                .filter(item -> page.after().map(after -> after.isBefore(cursorOf.apply(item).position(),
                        cursorOf.apply(item).tieBreaker())).orElse(true))
                .limit(page.limit() + 1L)
                .toList();
        return Page.of(fetched, page.limit(), cursorOf);
    }

    /** The optimistic-locking rule every update follows: the stored version must be the one read. */
    static void requireVersion(long stored, long read, String what) {
        if (stored != read) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                    what + " was changed by someone else meanwhile; read it again and retry");
        }
    }
}
