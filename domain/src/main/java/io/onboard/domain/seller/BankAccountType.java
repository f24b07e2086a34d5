package io.onboard.domain.seller;

/** How a bank account number is written: international (IBAN) or the country's own form (BBAN). */
public enum BankAccountType {
    IBAN,
    BBAN
}
