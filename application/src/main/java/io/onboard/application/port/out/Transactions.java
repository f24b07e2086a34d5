package io.onboard.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work atomically: everything it wrote commits together, or nothing does when it throws. Use cases
 * that write go through this, so a registration and its sequence number never part ways. Work started
 * inside another transaction on the same thread joins it, committing or rolling back with the outer one.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);
}
