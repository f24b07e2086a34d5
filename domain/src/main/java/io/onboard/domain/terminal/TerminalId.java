package io.onboard.domain.terminal;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The id Onboard gives a terminal: account id, {@code -T} and the terminal's sequence number in that
 * account, zero-padded to at least 4 digits ({@code P11223351-T0013}); sent as {@code order.store.terminal_id}.
 */
public record TerminalId(AccountId accountId, long number) {
    private static final Pattern SHAPE = Pattern.compile("([PT]\\d{8})-T(\\d{4,})");

    public TerminalId {
        Objects.requireNonNull(accountId, "accountId");
        if (number < 1) {
            throw new InvalidValueException("terminal sequence numbers start at 1");
        }
    }

    public static TerminalId next(AccountId accountId, long number) {
        return new TerminalId(accountId, number);
    }

    public static TerminalId parse(String value) {
        Matcher matcher = value == null ? null : SHAPE.matcher(value);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidValueException("terminal_id " + (value == null ? "null" : Shown.of(value))
                    + " is not of the form P11223351-T0013");
        }
        TerminalId id;
        try {
            id = new TerminalId(new AccountId(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("terminal_id " + Shown.of(value) + " has a sequence number out of range");
        }
        // One spelling per terminal: T0001 and T00001 would otherwise be two names of one thing, in caches and logs.
        if (!id.value().equals(value)) {
            throw new InvalidValueException("terminal_id " + Shown.of(value) + " is not written as Onboard writes it; "
                    + "its spelling is " + id.value());
        }
        return id;
    }

    public String value() {
        return String.format("%s-T%04d", accountId.value(), number);
    }

    @Override
    public String toString() {
        return value();
    }
}
