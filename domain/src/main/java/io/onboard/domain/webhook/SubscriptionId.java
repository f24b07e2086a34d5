package io.onboard.domain.webhook;

import io.onboard.domain.error.InvalidValueException;
import java.util.UUID;
import java.util.regex.Pattern;

/** A webhook subscription's id, {@code sub_} and 32 hex digits, random like an event's. */
public record SubscriptionId(String value) {
    private static final Pattern FORM = Pattern.compile("sub_[0-9a-f]{32}");

    public SubscriptionId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("a subscription id is sub_ and 32 lowercase hex digits");
        }
    }

    public static SubscriptionId of(UUID random) {
        return new SubscriptionId("sub_" + random.toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
