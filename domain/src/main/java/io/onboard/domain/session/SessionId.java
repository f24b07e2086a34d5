package io.onboard.domain.session;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** A terminal session's id: its account id, a dot and 32 hex digits, so it names its account on its own. */
public record SessionId(String value) {
    private static final Pattern SHAPE = Pattern.compile("[PT]\\d{8}\\.[0-9a-f]{32}");

    public SessionId {
        Objects.requireNonNull(value, "session id");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("session id " + Shown.of(value) + " is not of the form T11223351.<32 hex digits>");
        }
    }

    public static SessionId generate(AccountId accountId, UUID random) {
        return new SessionId(accountId.value() + "." + random.toString().replace("-", ""));
    }

    public AccountId accountId() {
        return new AccountId(value.substring(0, 9));
    }

    @Override
    public String toString() {
        return value;
    }
}
