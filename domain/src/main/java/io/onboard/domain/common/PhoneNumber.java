package io.onboard.domain.common;

import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A phone number in E.164 form: a plus sign and up to 15 digits, such as {@code +4722334455}. */
public record PhoneNumber(String value) {
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    public PhoneNumber {
        Objects.requireNonNull(value, "phone number");
        if (!E164.matcher(value).matches()) {
            throw new InvalidValueException("phone number must be in E.164 form, a + and 7 to 15 digits, such as +4722334455");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
