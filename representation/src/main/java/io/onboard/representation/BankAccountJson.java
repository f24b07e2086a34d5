package io.onboard.representation;

import io.onboard.domain.seller.BankAccount;

/** One entry of {@code bank_accounts} in responses. */
public record BankAccountJson(String bankAccountNumber, String bankAccountNumberType, String bankAccountCurrency,
                              String bankAccountCountryCode, String bankIdentificationCode) {
    static BankAccountJson from(BankAccount account) {
        return new BankAccountJson(account.number(), account.type().name(), account.currency().value(),
                account.country().value(), account.bankIdentificationCode());
    }
}
