package io.onboard.domain.terminal;

import io.onboard.domain.error.InvalidValueException;

/**
 * Where a terminal stands. Provisioning moves it from {@code PENDING} to {@code ACTIVE}, {@code ERROR} or
 * {@code ACTION_REQUIRED}; the merchant toggles {@code ACTIVE} and {@code INACTIVE}; {@code DELETED} is final.
 */
public enum TerminalStatus {
    PENDING,
    ACTIVE,
    ERROR,
    ACTION_REQUIRED,
    INACTIVE,
    DELETED;

    /** Whether the merchant may set {@code next} by an update: only between ACTIVE and INACTIVE. */
    boolean merchantMaySet(TerminalStatus next) {
        return (this == ACTIVE || this == INACTIVE) && (next == ACTIVE || next == INACTIVE);
    }

    public static TerminalStatus parse(String value) {
        for (TerminalStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new InvalidValueException("terminal status must be one of PENDING, ACTIVE, ERROR, ACTION_REQUIRED, INACTIVE, DELETED");
    }
}
