package io.onboard.domain.operation;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;

/**
 * A terminal is busy with another operation (SPEC 10): one runs at a time, so a start, or the terminal's removal,
 * waits for it. Says which operation, and how long until its deadline at the latest (for {@code Retry-After}).
 */
public final class OperationInProgressException extends ConflictException {
    private final OperationId running;
    private final Duration retryAfter;

    public OperationInProgressException(TerminalOperation running, Instant now) {
        super(ErrorCode.OPERATION_IN_PROGRESS, "terminal " + running.terminalId() + " is running operation "
                + running.id() + " (" + running.type().wireName() + "); try again once it has finished");
        this.running = running.id();
        Duration left = Duration.between(now, running.deadline());
        this.retryAfter = left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
    }

    public OperationId running() {
        return running;
    }

    /** At most until the running operation's deadline, at least a second. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
