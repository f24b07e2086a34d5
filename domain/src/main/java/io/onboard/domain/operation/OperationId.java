package io.onboard.domain.operation;

import io.onboard.domain.common.TimeOrdered;
import io.onboard.domain.error.InvalidValueException;
import java.time.Instant;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A terminal operation's id, {@code op_} and 32 hex digits: its millisecond first, then 80 random bits. */
public record OperationId(String value) {
    private static final Pattern FORM = Pattern.compile("op_[0-9a-f]{32}");

    public OperationId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidValueException("an operation id is op_ and 32 lowercase hex digits");
        }
    }

    /** A new id for an operation started at {@code at}. */
    public static OperationId at(Instant at, RandomGenerator random) {
        return new OperationId("op_" + TimeOrdered.hex(at, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
