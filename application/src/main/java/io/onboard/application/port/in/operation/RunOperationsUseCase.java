package io.onboard.application.port.in.operation;

import java.util.concurrent.CompletableFuture;

/**
 * One round of the operations worker: hands pending operations not yet handed over to their devices, and times
 * out those whose deadline has passed; likewise terminals waiting for a provider that settles later. A round does
 * not wait for the devices or the provider; each answer is recorded as it comes.
 */
public interface RunOperationsUseCase {
    Round run();

    /** How many operations (or waiting terminals) a round handed over or timed out, and a future done when their answers are recorded. */
    record Round(int handled, CompletableFuture<Void> settled) {
    }
}
