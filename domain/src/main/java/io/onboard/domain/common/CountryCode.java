package io.onboard.domain.common;

import io.onboard.domain.error.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, stored upper-case ({@code NO}, {@code SE}). */
public record CountryCode(String value) {
    private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!ISO_CODES.contains(value)) {
            throw new InvalidValueException("country code " + Shown.of(value) + " is not an ISO 3166-1 alpha-2 code such as NO or SE");
        }
    }

    /** Parses a code written in either case. */
    public static CountryCode of(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("country code is required");
        }
        return new CountryCode(value.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
