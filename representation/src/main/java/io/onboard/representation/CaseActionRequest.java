package io.onboard.representation;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.application.port.in.seller.CaseActionCommand;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseAction;
import java.util.List;

/** The (optional) body of a case action: a reviewer's reason, or data that completes or corrects the case. */
public record CaseActionRequest(String reason, OrganizationInput organization, AddressInput address, String phoneNumber,
                                String email, String website, List<BankAccountInput> bankAccounts,
                                String payoutIntervalType) {
    public static final CaseActionRequest EMPTY = new CaseActionRequest(null, null, null, null, null, null, null, null);

    public CaseActionCommand toCommand(AccountId account, String payoutDestinationId, CaseAction action) {
        return new CaseActionCommand(account, payoutDestinationId, action, reason, organization, address, phoneNumber,
                email, website, bankAccounts, payoutIntervalType);
    }
}
