package io.onboard.domain.operation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a terminal operation stands. The whole lifecycle: {@code PENDING} until the device answers
 * ({@code COMPLETED} or {@code FAILED}) or its deadline passes first ({@code TIMEOUT}); the three outcomes are final.
 */
public enum OperationStatus {
    PENDING,
    COMPLETED,
    FAILED,
    TIMEOUT;

    /** What can happen to an operation. */
    public enum Outcome {
        DEVICE_COMPLETED,
        DEVICE_FAILED,
        DEADLINE_PASSED
    }

    private static final Map<OperationStatus, Map<Outcome, OperationStatus>> TRANSITIONS = new EnumMap<>(OperationStatus.class);

    static {
        Map<Outcome, OperationStatus> fromPending = new EnumMap<>(Outcome.class);
        fromPending.put(Outcome.DEVICE_COMPLETED, COMPLETED);
        fromPending.put(Outcome.DEVICE_FAILED, FAILED);
        fromPending.put(Outcome.DEADLINE_PASSED, TIMEOUT);
        TRANSITIONS.put(PENDING, fromPending);
    }

    /** The status {@code outcome} leads to from this one; empty when it cannot happen (a final status). */
    public Optional<OperationStatus> after(Outcome outcome) {
        return Optional.ofNullable(TRANSITIONS.getOrDefault(this, Map.of()).get(outcome));
    }

    public boolean isFinal() {
        return this != PENDING;
    }
}
