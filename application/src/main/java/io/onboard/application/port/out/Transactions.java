package io.onboard.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything it wrote commits together, or nothing does when it throws. Use cases
 * that write go through this, so a registration and its sequence number never part ways. Work started
 * inside another transaction on the same thread joins it, committing or rolling back with the outer one.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs work that only reads, letting the storage serve all of its port calls from one connection without
     * taking a write lock. It is no snapshot: each read sees what was committed when it ran. Inside a transaction
     * it joins it; a transaction started inside it is a transaction of its own. By default it just runs the work.
     */
    default <T> T reading(Supplier<T> work) {
        return work.get();
    }
}
