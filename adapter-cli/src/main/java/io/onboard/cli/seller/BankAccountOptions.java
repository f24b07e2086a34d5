package io.onboard.cli.seller;

import io.onboard.application.port.in.input.BankAccountInput;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The seller's one bank account, where payouts go; {@code null} when no bank option is given. */
final class BankAccountOptions {
    @Option(names = "--iban", paramLabel = "<iban>",
            description = "Bank account as an IBAN, checked by its MOD97 digits (bank_account_number_type IBAN).")
    private String iban;

    @Option(names = "--bban", paramLabel = "<number>",
            description = "Bank account as a domestic number, e.g. a Norwegian 11-digit account (type BBAN).")
    private String bban;

    @Option(names = "--bank-currency", paramLabel = "<ISO 4217>", description = "Currency of the account, e.g. NOK.")
    private String currency;

    @Option(names = "--bank-country", paramLabel = "<CC>",
            description = "Country of the account (default for an IBAN: its first two letters).")
    private String country;

    @Option(names = "--bic", paramLabel = "<bic>", description = "The bank's identification code (BIC/SWIFT), optional.")
    private String bic;

    List<BankAccountInput> toInput() {
        if (Stream.of(iban, bban, currency, country, bic).allMatch(v -> v == null)) {
            return null;
        }
        String number = iban != null ? iban : bban;
        String type = iban != null ? "IBAN" : bban != null ? "BBAN" : null;
        String accountCountry = country == null && iban != null && iban.length() >= 2 ? iban.substring(0, 2) : country;
        return List.of(new BankAccountInput(number, type, currency, accountCountry, bic));
    }
}
