package io.onboard.domain.seller;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A company's registration number, checked by the rules of its country: Norway 9 digits MOD11, Sweden
 * 10 digits Luhn, Denmark (CVR) 8 digits MOD11, Finland (Y-tunnus) {@code NNNNNNN-N} MOD11; elsewhere
 * 1 to 40 letters, digits and dashes. Spaces are ignored, and a Swedish number may be written 556036-0793.
 */
public record OrganizationNumber(CountryCode country, String value) {
    // Compiled once: these run every time a seller or store is read back from storage.
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern SE_WITH_DASH = Pattern.compile("\\d{6}-\\d{4}");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");
    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");
    private static final Pattern FINNISH = Pattern.compile("\\d{7}-\\d");
    private static final Pattern OTHER = Pattern.compile("[A-Za-z0-9-]{1,40}");
    public OrganizationNumber {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(value, "organization number");
        String problem = problemWith(country.value(), value);
        if (problem != null) {
            throw new InvalidValueException("organization number " + Shown.of(value) + " " + problem);
        }
    }

    /** Normalizes the way people write these numbers, then checks them. */
    public static OrganizationNumber of(CountryCode country, String written) {
        if (written == null || written.isBlank()) {
            throw new InvalidValueException("organization number is required");
        }
        String compact = WHITESPACE.matcher(written).replaceAll("");
        if (country.value().equals("SE") && SE_WITH_DASH.matcher(compact).matches()) {
            compact = compact.replace("-", "");
        }
        return new OrganizationNumber(country, compact);
    }

    private static String problemWith(String country, String value) {
        switch (country) {
            case "NO":
                if (!NINE_DIGITS.matcher(value).matches()) return "must be 9 digits for NO";
                return Checksums.mod11ControlDigitMatches(value, 3, 2, 7, 6, 5, 4, 3, 2) ? null : "fails the NO MOD11 check";
            case "SE":
                if (!TEN_DIGITS.matcher(value).matches()) return "must be 10 digits for SE";
                return Checksums.luhn(value) ? null : "fails the SE Luhn check";
            case "DK":
                if (!EIGHT_DIGITS.matcher(value).matches()) return "must be 8 digits for DK";
                return Checksums.weightedSum(value, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0 ? null : "fails the DK MOD11 check";
            case "FI":
                if (!FINNISH.matcher(value).matches()) return "must be written NNNNNNN-N for FI";
                return finnishCheckDigitMatches(value) ? null : "fails the FI MOD11 check";
            default:
                return OTHER.matcher(value).matches() ? null : "must be 1 to 40 letters, digits or dashes";
        }
    }

    /** Y-tunnus: remainder 0 gives check digit 0, remainder 1 is never issued, otherwise 11 minus it. */
    private static boolean finnishCheckDigitMatches(String value) {
        int remainder = Checksums.weightedSum(value, 7, 9, 10, 5, 8, 4, 2) % 11;
        if (remainder == 1) {
            return false;
        }
        int check = remainder == 0 ? 0 : 11 - remainder;
        return check == value.charAt(8) - '0';
    }

    @Override
    public String toString() {
        return value;
    }
}
