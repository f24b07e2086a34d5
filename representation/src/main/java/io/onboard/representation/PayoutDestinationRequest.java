package io.onboard.representation;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.IndividualInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.domain.account.AccountId;
import java.util.List;

/** The body of a seller's KYC application. */
public record PayoutDestinationRequest(
        String payoutDestinationId, String payoutDestinationName, String payoutDestinationDescription, String type,
        String countryCode, String organizationNumber, OrganizationInput organization, IndividualInput individual,
        AddressInput address, String phoneNumber, String email, String website, List<BankAccountInput> bankAccounts,
        String payoutIntervalType) {

    public ApplyForPayoutDestinationCommand toCommand(AccountId account) {
        return new ApplyForPayoutDestinationCommand(account, payoutDestinationId, payoutDestinationName,
                payoutDestinationDescription, type, countryCode, organizationNumber, organization, individual, address,
                phoneNumber, email, website, bankAccounts, payoutIntervalType);
    }
}
