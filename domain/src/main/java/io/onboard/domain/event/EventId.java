package io.onboard.domain.event;

import io.onboard.domain.common.TimeOrdered;
import io.onboard.domain.error.InvalidValueException;
import java.time.Instant;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * An event's id, {@code evt_} and 32 hex digits: made by {@link #at} from the time and chance, so ids tell when but
 * not how many; any other 32 hex digits are read as well.
 */
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

    /** A new id for something made at {@code at} (see {@link TimeOrdered}). */
    public static EventId at(Instant at, RandomGenerator random) {
        return new EventId("evt_" + TimeOrdered.hex(at, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
