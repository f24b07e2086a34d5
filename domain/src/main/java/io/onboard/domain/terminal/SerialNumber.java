package io.onboard.domain.terminal;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A card reader's device serial number: 6 to 40 letters, digits or dashes, as printed on the device. */
public record SerialNumber(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9-]{6,40}");

    public SerialNumber {
        Objects.requireNonNull(value, "device serial number");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("device serial number " + Shown.of(value)
                    + " must be 6 to 40 letters, digits or dashes");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
