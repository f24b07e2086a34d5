package io.onboard.application.service;

import io.onboard.application.port.out.Operations;
import io.onboard.domain.operation.OperationInProgressException;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.Optional;

/** The one-at-a-time rule's check, for starting an operation and for removing a terminal; no storage, no rule. */
final class PendingOperations {
    private final Optional<Operations> operations;

    PendingOperations(Optional<Operations> operations) {
        this.operations = operations;
    }

    /** {@code OPERATION_IN_PROGRESS} while {@code terminal} has a pending operation. */
    void requireNone(TerminalId terminal, Instant now) {
        operations.flatMap(ops -> ops.pendingOn(terminal)).ifPresent(running -> {
            throw new OperationInProgressException(running, now);
        });
    }
}
