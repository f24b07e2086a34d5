package io.onboard.domain.store;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id Onboard gives a store: the account id, a dash and the store's sequence number in that account,
 * zero-padded to at least 4 digits ({@code P11223351-0026}). Terminals are registered against it.
 */
public record StoreServerId(AccountId accountId, long number) {
    static final Pattern SHAPE = Pattern.compile("([PT]\\d{8})-(\\d{4,})");

    public StoreServerId {
        Objects.requireNonNull(accountId, "accountId");
        if (number < 1) {
            throw new InvalidValueException("store sequence numbers start at 1");
        }
    }

    public static StoreServerId next(AccountId accountId, long number) {
        return new StoreServerId(accountId, number);
    }

    /** True when {@code value} has the generated shape, which is why clients may not choose it themselves. */
    public static boolean hasGeneratedShape(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public static StoreServerId parse(String value) {
        Matcher matcher = value == null ? null : SHAPE.matcher(value);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException("store id " + (value == null ? "null" : Shown.of(value))
                    + " is not of the form P11223351-0026");
        }
        StoreServerId id;
        try {
            id = new StoreServerId(new AccountId(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("store id " + Shown.of(value) + " has a sequence number out of range");
        }
        // One spelling per store: 0026 and 00026 would otherwise be two names of one thing, in caches and logs.
        if (!id.value().equals(value)) {
            throw new InvalidValueException("store id " + Shown.of(value) + " is not written as Onboard writes it; "
                    + "its spelling is " + id.value());
        }
        return id;
    }

    public String value() {
        return String.format("%s-%04d", accountId.value(), number);
    }

    @Override
    public String toString() {
        return value();
    }
}
