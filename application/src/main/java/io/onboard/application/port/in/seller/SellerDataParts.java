package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.ContactParts;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.domain.seller.PayoutInterval;
import java.util.List;

/**
 * The KYC data a seller's builders share, named once: an application gives it first, and the
 * {@code submit_declaration} and {@code submit_details} steps complete or correct it.
 */
abstract class SellerDataParts<B extends SellerDataParts<B>> extends ContactParts<B> {
    OrganizationInput organization;
    BankAccountInput bankAccount;
    String payoutInterval;

    /** The registered name and, optionally, the name the seller trades under. */
    public B organization(OrganizationInput organization) {
        this.organization = organization;
        return self();
    }

    /** The one bank account payouts go to. */
    public B bankAccount(BankAccountInput bankAccount) {
        this.bankAccount = bankAccount;
        return self();
    }

    public B payoutInterval(PayoutInterval interval) {
        this.payoutInterval = interval.wireName();
        return self();
    }

    /** The bank account as the commands carry it: a list of exactly one, or none. */
    List<BankAccountInput> bankAccounts() {
        return bankAccount == null ? null : List.of(bankAccount);
    }
}
