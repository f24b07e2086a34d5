package io.onboard.domain.webhook;

import io.onboard.domain.error.InvalidValueException;
import java.util.Locale;

/**
 * Where a delivery stands: {@code PENDING} until a receiver answers {@code 2xx} ({@code DELIVERED}) or its retries
 * run out ({@code FAILED}). Redelivery sends a delivered or failed one again, so both lead back to {@code PENDING}.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED;

    /** The name on the wire, such as {@code pending}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus parse(String wireName) {
        for (DeliveryStatus status : values()) {
            if (status.wireName().equals(wireName)) {
                return status;
            }
        }
        throw new InvalidValueException("status must be one of pending, delivered, failed");
    }
}
