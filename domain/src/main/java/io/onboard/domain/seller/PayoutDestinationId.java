package io.onboard.domain.seller;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** The client-chosen id of a seller (payout destination), unique in its account, such as {@code seller-1}. */
public record PayoutDestinationId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    public PayoutDestinationId {
        Objects.requireNonNull(value, "payout destination id");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("payout destination id " + Shown.of(value)
                    + " must be 1 to 40 letters, digits, _ or -");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
