package io.onboard.domain.account;

import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/** An account id ({@code aid}): {@code T} (test mode) or {@code P} (production) and 8 digits, such as {@code T11223351}. */
public record AccountId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[PT]\\d{8}");

    public AccountId {
        Objects.requireNonNull(value, "account id");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("account id " + Shown.of(value) + " must be P or T followed by 8 digits, such as T11223351");
        }
    }

    public static AccountId parse(String value) {
        if (value == null) {
            throw new InvalidValueException("account id is required");
        }
        return new AccountId(value);
    }

    /** Test-mode accounts honour the {@code AUTO_*} shortcuts and never move real money. */
    public boolean isTest() {
        return value.charAt(0) == 'T';
    }

    @Override
    public String toString() {
        return value;
    }
}
