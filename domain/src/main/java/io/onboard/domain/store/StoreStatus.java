package io.onboard.domain.store;

import io.onboard.domain.error.InvalidValueException;

/** Whether a store trades: only an {@code ACTIVE} store's terminals are enrolled. {@code DELETED} is final. */
public enum StoreStatus {
    ACTIVE,
    INACTIVE,
    DELETED;

    public static StoreStatus parse(String value) {
        for (StoreStatus status : values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        throw new InvalidValueException("store status must be one of ACTIVE, INACTIVE, DELETED");
    }
}
