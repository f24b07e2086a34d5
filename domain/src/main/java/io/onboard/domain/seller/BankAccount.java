package io.onboard.domain.seller;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Shown;
import io.onboard.domain.error.InvalidValueException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The account payouts go to. An IBAN must pass MOD97 and name the account's country; a Norwegian BBAN is
 * 11 digits with a MOD11 check digit; other BBANs are 4 to 34 letters and digits. Spaces are ignored.
 * {@code bankIdentificationCode} (BIC) may be null.
 */
public record BankAccount(String number, BankAccountType type, CurrencyCode currency, CountryCode country,
                          String bankIdentificationCode) {
    // Compiled once: these run every time a seller is read back from storage.
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern BIC = Pattern.compile("[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");
    private static final Pattern NORWEGIAN_BBAN = Pattern.compile("\\d{11}");
    private static final Pattern OTHER_BBAN = Pattern.compile("[A-Z0-9]{4,34}");

    public BankAccount {
        Objects.requireNonNull(number, "bank account number");
        Objects.requireNonNull(type, "bank account number type");
        Objects.requireNonNull(currency, "bank account currency");
        Objects.requireNonNull(country, "bank account country");
        number = WHITESPACE.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
        String problem = type == BankAccountType.IBAN ? ibanProblem(number, country) : bbanProblem(number, country);
        if (problem != null) {
            throw new InvalidValueException("bank account number " + Shown.of(number) + " " + problem);
        }
        if (bankIdentificationCode != null) {
            bankIdentificationCode = bankIdentificationCode.strip().toUpperCase(Locale.ROOT);
            if (!BIC.matcher(bankIdentificationCode).matches()) {
                throw new InvalidValueException("bank identification code " + Shown.of(bankIdentificationCode)
                        + " must be a BIC of 8 or 11 characters, such as DNBANOKK");
            }
        }
    }

    private static String ibanProblem(String iban, CountryCode country) {
        if (!IBAN.matcher(iban).matches()) {
            return "is not an IBAN: two letters, two check digits and 11 to 30 letters or digits";
        }
        if (!iban.startsWith(country.value())) {
            return "is an IBAN of " + iban.substring(0, 2) + ", but the bank account country is " + country;
        }
        return Checksums.iban(iban) ? null : "fails the IBAN MOD97 check";
    }

    private static String bbanProblem(String bban, CountryCode country) {
        if (country.value().equals("NO")) {
            if (!NORWEGIAN_BBAN.matcher(bban).matches()) {
                return "must be 11 digits for a Norwegian account";
            }
            return Checksums.mod11ControlDigitMatches(bban, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2) ? null : "fails the Norwegian MOD11 check";
        }
        return OTHER_BBAN.matcher(bban).matches() ? null : "must be 4 to 34 letters or digits";
    }
}
