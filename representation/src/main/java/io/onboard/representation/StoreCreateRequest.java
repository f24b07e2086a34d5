package io.onboard.representation;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.domain.account.AccountId;

/** The body that creates a store, as in the onboarding guide. */
public record StoreCreateRequest(String storeId, String storeName, StoreOrganizationInput organization,
                                 PayoutDestinationRefInput payoutDestination, AddressInput address, String phoneNumber,
                                 String email, String website, CoordinatesInput coordinates) {

    public CreateStoreCommand toCommand(AccountId account) {
        return new CreateStoreCommand(account, storeId, storeName, organization, payoutDestination, address, phoneNumber,
                email, website, coordinates);
    }
}
