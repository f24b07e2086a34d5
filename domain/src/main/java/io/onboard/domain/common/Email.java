package io.onboard.domain.common;

import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** An e-mail address: one @, a local part and a dotted domain, at most 254 characters. */
public record Email(String value) {
    private static final Pattern SHAPE =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public Email {
        Objects.requireNonNull(value, "email");
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email " + Shown.of(value) + " is not an e-mail address such as post@example.com");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
