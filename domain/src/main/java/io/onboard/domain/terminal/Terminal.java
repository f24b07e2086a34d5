package io.onboard.domain.terminal;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Text;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A physical card reader registered to one store. Immutable; every change returns a changed copy.
 * It starts {@code PENDING} while the device is provisioned and may only be retried when provisioning
 * failed or has hung for longer than {@link #PROVISIONING_GRACE}.
 */
public final class Terminal {
    /** How long provisioning may stay pending before a sync retry is allowed. */
    public static final Duration PROVISIONING_GRACE = Duration.ofMinutes(10);
    public static final int MAX_LABEL_LENGTH = 100;

    private final UUID id;
    private final TerminalId terminalId;
    private final SerialNumber serialNumber;
    private final DeviceModel model;
    private final StoreServerId storeId;
    private final TerminalStatus status;
    private final StatusReason reason;
    private final String label;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Instant statusChangedAt;
    private final Instant deletedAt;
    private final long version;

    private Terminal(UUID id, TerminalId terminalId, SerialNumber serialNumber, DeviceModel model,
                     StoreServerId storeId, TerminalStatus status, StatusReason reason, String label,
                     Instant createdAt, Instant updatedAt, Instant statusChangedAt, Instant deletedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.serialNumber = Objects.requireNonNull(serialNumber, "serialNumber");
        this.model = Objects.requireNonNull(model, "model");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.status = Objects.requireNonNull(status, "status");
        this.reason = reason;
        this.label = Text.optional(label, MAX_LABEL_LENGTH, "label");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        this.deletedAt = deletedAt;
        this.version = version;
    }

    /** Registers a device to {@code store}; it is {@code PENDING} ({@code ADDING}) until provisioned. */
    public static Terminal register(UUID id, TerminalId terminalId, SerialNumber serialNumber, DeviceModel model,
                                    Store store, String label, Instant now) {
        ensureCanHold(store, terminalId.accountId());
        return new Terminal(id, terminalId, serialNumber, model, store.id(), TerminalStatus.PENDING,
                StatusReason.ADDING, label, now, now, now, null, 0);
    }

    /** Rebuilds a terminal exactly as stored, without re-running the registration rules. */
    public static Terminal restore(UUID id, TerminalId terminalId, SerialNumber serialNumber, DeviceModel model,
                                   StoreServerId storeId, TerminalStatus status, StatusReason reason, String label,
                                   Instant createdAt, Instant updatedAt, Instant statusChangedAt, Instant deletedAt,
                                   long version) {
        return new Terminal(id, terminalId, serialNumber, model, storeId, status, reason, label, createdAt, updatedAt,
                statusChangedAt, deletedAt, version);
    }

    /** Applies what provisioning came to; only a {@code PENDING} terminal is being provisioned. */
    public Terminal provisioned(ProvisioningResult result, Instant now) {
        if (status != TerminalStatus.PENDING) {
            throw new ConflictException(ErrorCode.INVALID_STATUS_TRANSITION,
                    "terminal " + terminalId + " is " + status + ", not being provisioned");
        }
        return withStatus(result.status(), result.reason(), now);
    }

    /** Whether provisioning is still the attempt that began at {@code attempt}: not settled, not retried since. */
    public boolean isPendingSince(Instant attempt) {
        return status == TerminalStatus.PENDING && statusChangedAt.equals(attempt);
    }

    /** True when a sync retry is allowed: provisioning failed, or has been pending past the grace period. */
    public boolean isRetryableAt(Instant now) {
        return status == TerminalStatus.ERROR
                || (status == TerminalStatus.PENDING && !statusChangedAt.plus(PROVISIONING_GRACE).isAfter(now));
    }

    /** Starts provisioning again; the store must be {@code ACTIVE}, since a device is provisioned for a store. */
    public Terminal retrySync(Store store, Instant now) {
        ensureNotDeleted();
        if (!isRetryableAt(now)) {
            throw new ConflictException(ErrorCode.TERMINAL_NOT_RETRYABLE, "terminal " + terminalId + " is " + status
                    + "; sync can be retried only from ERROR, or from PENDING after "
                    + PROVISIONING_GRACE.toMinutes() + " minutes");
        }
        if (store.status() != StoreStatus.ACTIVE) {
            throw new RuleViolationException(ErrorCode.STORE_NOT_ACTIVE,
                    "store " + store.storeId() + " is " + store.status() + "; activate it before syncing its terminals");
        }
        return withStatus(TerminalStatus.PENDING, StatusReason.ADDING, now);
    }

    /** Moves the device to another store of the same account. */
    public Terminal moveTo(Store store, Instant now) {
        ensureNotDeleted();
        ensureCanHold(store, terminalId.accountId());
        return new Terminal(id, terminalId, serialNumber, model, store.id(), status, reason, label, createdAt, now,
                statusChangedAt, deletedAt, version);
    }

    public Terminal changeModel(DeviceModel newModel, Instant now) {
        ensureNotDeleted();
        return new Terminal(id, terminalId, serialNumber, newModel, storeId, status, reason, label, createdAt, now,
                statusChangedAt, deletedAt, version);
    }

    /** Sets or (with null) clears the merchant's label. */
    public Terminal relabel(String newLabel, Instant now) {
        ensureNotDeleted();
        return new Terminal(id, terminalId, serialNumber, model, storeId, status, reason, newLabel, createdAt, now,
                statusChangedAt, deletedAt, version);
    }

    /** The merchant switches a working terminal on or off: only between {@code ACTIVE} and {@code INACTIVE}. */
    public Terminal changeStatus(TerminalStatus next, Instant now) {
        ensureNotDeleted();
        if (next == status) {
            return this;
        }
        if (!status.merchantMaySet(next)) {
            throw new ConflictException(ErrorCode.INVALID_STATUS_TRANSITION, "terminal " + terminalId + " is " + status
                    + " and cannot be set to " + next + "; only ACTIVE and INACTIVE terminals can switch between the two");
        }
        return withStatus(next, null, now);
    }

    /** Soft-deletes the terminal; its serial number is free to be registered again. */
    public Terminal remove(Instant now) {
        ensureNotDeleted();
        return new Terminal(id, terminalId, serialNumber, model, storeId, TerminalStatus.DELETED, null, label,
                createdAt, now, now, now, version);
    }

    public boolean isDeleted() {
        return status == TerminalStatus.DELETED;
    }

    private void ensureNotDeleted() {
        if (isDeleted()) {
            throw new ConflictException(ErrorCode.TERMINAL_DELETED, "terminal " + terminalId + " has been deleted");
        }
    }

    private static void ensureCanHold(Store store, AccountId account) {
        if (!store.accountId().equals(account) || store.isDeleted()) {
            throw new RuleViolationException(ErrorCode.STORE_NOT_FOUND,
                    "store " + store.id() + " does not exist in account " + account);
        }
    }

    private Terminal withStatus(TerminalStatus next, StatusReason nextReason, Instant now) {
        return new Terminal(id, terminalId, serialNumber, model, storeId, next, nextReason, label, createdAt, now, now,
                deletedAt, version);
    }

    /** The internal id, stable even if terminal ids were ever renumbered. */
    public UUID id() {
        return id;
    }

    public TerminalId terminalId() {
        return terminalId;
    }

    public AccountId accountId() {
        return terminalId.accountId();
    }

    public SerialNumber serialNumber() {
        return serialNumber;
    }

    public DeviceModel model() {
        return model;
    }

    /** The server id of the store the terminal is registered to. */
    public StoreServerId storeId() {
        return storeId;
    }

    public TerminalStatus status() {
        return status;
    }

    public Optional<StatusReason> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    /** The stored version this terminal was read at (0 before it was first stored). */
    public long version() {
        return version;
    }

    /** This terminal as storage saved it under {@code storedVersion}; for persistence adapters. */
    public Terminal storedAt(long storedVersion) {
        return new Terminal(id, terminalId, serialNumber, model, storeId, status, reason, label, createdAt, updatedAt,
                statusChangedAt, deletedAt, storedVersion);
    }

    @Override
    public String toString() {
        return "Terminal[" + terminalId + " " + serialNumber + " " + status + " v" + version + "]";
    }
}
