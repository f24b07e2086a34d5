package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.Required;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.PayoutDestinationId;

/**
 * Builds a {@link CaseActionCommand}. The data parts complete or correct the case and count only with
 * {@code submit_declaration} and {@code submit_details}; {@code reason} goes with a reviewer's decision.
 */
public final class CaseActionCommandBuilder extends SellerDataParts<CaseActionCommandBuilder> {
    private AccountId account;
    private String payoutDestinationId;
    private CaseAction action;
    private String reason;

    CaseActionCommandBuilder() {
    }

    @Override
    protected CaseActionCommandBuilder self() {
        return this;
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

    public CaseActionCommand build() {
        Required.parts().part("account_id", account).part("payout_destination_id", payoutDestinationId)
                .part("action", action).check();
        return new CaseActionCommand(account, payoutDestinationId, action, reason, organization, address, phoneNumber,
                email, website, bankAccounts(), payoutInterval);
    }
}
