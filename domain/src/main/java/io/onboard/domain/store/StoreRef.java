package io.onboard.domain.store;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;

/**
 * A reference to a store as clients write it: the server id ({@code P11223351-0026}) or the merchant
 * {@code store_id}. The reserved generated shape tells the two apart, so a reference is never ambiguous.
 */
public sealed interface StoreRef {
    /** By the id Onboard generated. */
    record ByServerId(StoreServerId id) implements StoreRef {
    }

    /** By the merchant's own id. */
    record ByStoreId(StoreId id) implements StoreRef {
    }

    static StoreRef parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("store id is required");
        }
        if (StoreServerId.hasGeneratedShape(value)) {
            return new ByServerId(StoreServerId.parse(value));
        }
        try {
            return new ByStoreId(new StoreId(value));
        } catch (InvalidValueException e) {
            throw new InvalidValueException("store " + Shown.of(value) + " is neither a store id such as P11223351-0026"
                    + " nor a valid merchant store_id");
        }
    }
}
