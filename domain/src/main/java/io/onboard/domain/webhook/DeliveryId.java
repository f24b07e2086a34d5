package io.onboard.domain.webhook;

import io.onboard.domain.common.TimeOrdered;
import io.onboard.domain.error.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** One delivery's id, {@code dlv_} and 32 hex digits: what a receiver sees in {@code Onboard-Delivery-Id}. */
public record DeliveryId(String value) {
    private static final Pattern FORM = Pattern.compile("dlv_[0-9a-f]{32}");

    public DeliveryId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("a delivery id is dlv_ and 32 lowercase hex digits");
        }
    }

    public static DeliveryId of(UUID random) {
        return new DeliveryId("dlv_" + random.toString().replace("-", ""));
    }

    /** A new id for something made at {@code at} (see {@link TimeOrdered}). */
    public static DeliveryId at(Instant at, RandomGenerator random) {
        return new DeliveryId("dlv_" + TimeOrdered.hex(at, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
