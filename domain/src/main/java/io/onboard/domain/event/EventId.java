package io.onboard.domain.event;

import io.onboard.domain.error.InvalidValueException;
import java.util.UUID;
import java.util.regex.Pattern;

/** An event's id, {@code evt_} and 32 hex digits: random, so ids reveal neither order nor volume. */
public record EventId(String value) {
    private static final Pattern FORM = Pattern.compile("evt_[0-9a-f]{32}");

    public EventId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("an event id is evt_ and 32 lowercase hex digits");
        }
    }

    public static EventId of(UUID random) {
        return new EventId("evt_" + random.toString().replace("-", ""));
    }

    @Override
    public String toString() {
        return value;
    }
}
