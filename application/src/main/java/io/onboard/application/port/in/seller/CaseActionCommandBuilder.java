package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.Required;
import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import java.util.List;

/**
 * Builds a {@link CaseActionCommand}. The data parts complete or correct the case and count only with
 * {@code submit_declaration} and {@code submit_details}; {@code reason} goes with a reviewer's decision.
 */
public final class CaseActionCommandBuilder {
    private AccountId account;
    private String payoutDestinationId;
    private CaseAction action;
    private String reason;
    private OrganizationInput organization;
    private AddressInput address;
    private String phoneNumber;
    private String email;
    private String website;
    private BankAccountInput bankAccount;
    private String payoutInterval;

    CaseActionCommandBuilder() {
    }

    public CaseActionCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    public CaseActionCommandBuilder payoutDestinationId(PayoutDestinationId id) {
        return payoutDestinationId(id.value());
    }

    public CaseActionCommandBuilder payoutDestinationId(String id) {
        this.payoutDestinationId = id;
        return this;
    }

    public CaseActionCommandBuilder action(CaseAction action) {
        this.action = action;
        return this;
    }

    public CaseActionCommandBuilder reason(String reason) {
        this.reason = reason;
        return this;
    }

    public CaseActionCommandBuilder organization(OrganizationInput organization) {
        this.organization = organization;
        return this;
    }

    public CaseActionCommandBuilder address(AddressInput address) {
        this.address = address;
        return this;
    }

    public CaseActionCommandBuilder phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
    }

    public CaseActionCommandBuilder email(String email) {
        this.email = email;
        return this;
    }

    public CaseActionCommandBuilder website(String website) {
        this.website = website;
        return this;
    }

    public CaseActionCommandBuilder bankAccount(BankAccountInput bankAccount) {
        this.bankAccount = bankAccount;
        return this;
    }

    public CaseActionCommandBuilder payoutInterval(PayoutInterval interval) {
        this.payoutInterval = interval.wireName();
        return this;
    }

    public CaseActionCommand build() {
        Required.parts().part("account_id", account).part("payout_destination_id", payoutDestinationId)
                .part("action", action).check();
        return new CaseActionCommand(account, payoutDestinationId, action, reason, organization, address, phoneNumber,
                email, website, bankAccount == null ? null : List.of(bankAccount), payoutInterval);
    }
}
