package io.onboard.domain.common;

import io.onboard.domain.error.InvalidValueException;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** An ISO 4217 currency code, such as {@code NOK}. */
public record CurrencyCode(String value) {
    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    public CurrencyCode {
        Objects.requireNonNull(value, "currency");
        if (!ISO_CODES.contains(value)) {
            throw new InvalidValueException("currency " + Shown.of(value) + " is not an ISO 4217 code such as NOK or EUR");
        }
    }

    public static CurrencyCode of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("currency is required");
        }
        return new CurrencyCode(value.strip().toUpperCase(Locale.ROOT));
    }

    /** How many digits the currency has after the decimal point (2 for NOK, 0 for JPY). */
    public int minorUnitDigits() {
        return Math.max(0, Currency.getInstance(value).getDefaultFractionDigits());
    }

    @Override
    public String toString() {
        return value;
    }
}
