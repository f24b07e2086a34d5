package io.onboard.application.port.in.input;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.seller.BankAccountType;
import jakarta.validation.constraints.NotBlank;

/** A bank account as a client sends it; in Java, build it with {@link #builder()}. */
public record BankAccountInput(@NotBlank String bankAccountNumber, @NotBlank String bankAccountNumberType,
                               @NotBlank String bankAccountCurrency, @NotBlank String bankAccountCountryCode,
                               String bankIdentificationCode) {
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Number, type, currency and country are required, and checked with the command that carries the account,
     * under the path an API client sees ({@code bank_accounts[0].bank_account_currency}); the bank
     * identification code (BIC) is optional.
     */
    public static final class Builder {
        private String number;
        private String type;
        private String currency;
        private String country;
        private String bankIdentificationCode;

        private Builder() {
        }

        /** An IBAN ({@code NO9386011117947}): sets the type to {@link BankAccountType#IBAN} too. */
        public Builder iban(String iban) {
            return number(iban).type(BankAccountType.IBAN);
        }

        public Builder number(String number) {
            this.number = number;
            return this;
        }

        public Builder type(BankAccountType type) {
            this.type = type.name();
            return this;
        }

        public Builder currency(CurrencyCode currency) {
            return currency(currency.value());
        }

        /** ISO 4217, such as {@code NOK}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder country(CountryCode country) {
            return country(country.value());
        }

        /** ISO 3166-1 alpha-2, such as {@code NO}. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder bankIdentificationCode(String bic) {
            this.bankIdentificationCode = bic;
            return this;
        }

        public BankAccountInput build() {
            return new BankAccountInput(number, type, currency, country, bankIdentificationCode);
        }
    }
}
