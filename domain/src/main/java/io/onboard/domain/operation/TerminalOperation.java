package io.onboard.domain.operation;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.operation.OperationStatus.Outcome;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation run on one terminal (SPEC 10): started on an {@code ACTIVE} terminal, then settled once by the
 * device's answer or by its deadline passing. One at a time per terminal is a rule over all of a terminal's
 * operations, which storage enforces; this aggregate keeps each operation's own lifecycle.
 */
public final class TerminalOperation {
    /** How long a device has to answer unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    static final int MAX_ERROR = 1024;

    private final OperationId id;
    private final AccountId accountId;
    private final TerminalId terminalId;
    private final OperationType type;
    private final OperationStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant deadline;
    private final Instant sentAt;
    private final Instant completedAt;
    private final String error;
    private final long version;

    private TerminalOperation(OperationId id, AccountId accountId, TerminalId terminalId, OperationType type,
                              OperationStatus status, Instant createdAt, Instant updatedAt, Instant deadline,
                              Instant sentAt, Instant completedAt, String error, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.type = Objects.requireNonNull(type, "type");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.sentAt = sentAt;
        this.completedAt = completedAt;
        this.error = error;
        this.version = version;
    }

    /** Starts {@code type} on {@code terminal}, which must be {@code ACTIVE}; the device has {@code timeout} to answer. */
    public static TerminalOperation start(OperationId id, Terminal terminal, OperationType type, Duration timeout, Instant now) {
        if (terminal.status() != TerminalStatus.ACTIVE) {
            throw new ConflictException(ErrorCode.TERMINAL_NOT_ACTIVE, "terminal " + terminal.terminalId() + " is "
                    + terminal.status() + "; only an ACTIVE terminal takes operations");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidValueException("an operation's timeout must be positive");
        }
        return new TerminalOperation(id, terminal.accountId(), terminal.terminalId(), type, OperationStatus.PENDING,
                now, now, now.plus(timeout), null, null, null, 0);
    }

    /** Rebuilds a stored operation as it was saved, without re-running the start rules; for storage adapters. */
    public static TerminalOperation restore(OperationId id, AccountId accountId, TerminalId terminalId,
                                            OperationType type, OperationStatus status, Instant createdAt,
                                            Instant updatedAt, Instant deadline, Instant sentAt, Instant completedAt,
                                            String error, long version) {
        return new TerminalOperation(id, accountId, terminalId, type, status, createdAt, updatedAt, deadline, sentAt,
                completedAt, error, version);
    }

    /**
     * Handed to the device at {@code now}. Recorded before the device is asked, so that after a crash an operation
     * already handed over is never handed over again: it waits for its deadline instead (never run twice).
     */
    public TerminalOperation sent(Instant now) {
        if (status != OperationStatus.PENDING || sentAt != null) {
            throw new IllegalStateException("operation " + id + " was already handed to the device, or is settled");
        }
        return new TerminalOperation(id, accountId, terminalId, type, status, createdAt, now, deadline, now, null,
                null, version);
    }

    /** The device did it. */
    public TerminalOperation complete(Instant now) {
        return settle(Outcome.DEVICE_COMPLETED, null, now);
    }

    /** The device answered that it could not, saying why. */
    public TerminalOperation fail(String why, Instant now) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a failed operation says why");
        }
        return settle(Outcome.DEVICE_FAILED, why.length() > MAX_ERROR ? why.substring(0, MAX_ERROR) : why, now);
    }

    /** No answer came by the deadline; refused before it. */
    public TerminalOperation timeOut(Instant now) {
        if (now.isBefore(deadline)) {
            throw new IllegalStateException("operation " + id + " is not due to time out before " + deadline);
        }
        return settle(Outcome.DEADLINE_PASSED, "no answer from the device by " + deadline, now);
    }

    private TerminalOperation settle(Outcome outcome, String why, Instant now) {
        OperationStatus next = status.after(outcome).orElseThrow(() -> new ConflictException(
                ErrorCode.INVALID_STATUS_TRANSITION, "operation " + id + " is already " + status));
        return new TerminalOperation(id, accountId, terminalId, type, next, createdAt, now, deadline, sentAt, now, why,
                version);
    }

    /** Whether the deadline has passed at {@code now} without an answer. */
    public boolean isOverdue(Instant now) {
        return status == OperationStatus.PENDING && !now.isBefore(deadline);
    }

    public OperationId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public TerminalId terminalId() {
        return terminalId;
    }

    public OperationType type() {
        return type;
    }

    public OperationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** When the device's answer is due: after it, the operation times out. */
    public Instant deadline() {
        return deadline;
    }

    /** When it was handed to the device; empty until then. */
    public Optional<Instant> sentAt() {
        return Optional.ofNullable(sentAt);
    }

    /** When it settled, whichever way; empty while pending. */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    /** Why it failed or timed out; empty otherwise. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    public long version() {
        return version;
    }

    /** This operation as storage saved it under {@code storedVersion}; for storage adapters. */
    public TerminalOperation storedAt(long storedVersion) {
        return new TerminalOperation(id, accountId, terminalId, type, status, createdAt, updatedAt, deadline, sentAt,
                completedAt, error, storedVersion);
    }

    @Override
    public String toString() {
        return "TerminalOperation[" + id + " " + type + " on " + terminalId + " " + status + " v" + version + "]";
    }
}
