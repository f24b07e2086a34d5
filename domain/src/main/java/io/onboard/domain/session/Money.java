package io.onboard.domain.session;

import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;

/** An amount in the currency's minor units (øre, cents), as card schemes count it: 12900 NOK is 129.00 kr. */
public record Money(long amount, CurrencyCode currency) {
    /** A ceiling well above any card payment, so overflow and absurd amounts are caught at the door. */
    public static final long MAX_AMOUNT = 99_999_999_999L;

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (amount <= 0) {
            throw new InvalidValueException("amount must be a positive number of minor units");
        }
        if (amount > MAX_AMOUNT) {
            throw new InvalidValueException("amount must be at most " + MAX_AMOUNT + " minor units");
        }
    }
}
