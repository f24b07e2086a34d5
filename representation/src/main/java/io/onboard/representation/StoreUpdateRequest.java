package io.onboard.representation;

import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.domain.account.AccountId;

/** The body that changes a store: fields left out stay as they are; the merchant {@code store_id} is fixed. */
public record StoreUpdateRequest(String storeName, StoreOrganizationInput organization,
                                 PayoutDestinationRefInput payoutDestination, AddressInput address, String phoneNumber,
                                 String email, String website, CoordinatesInput coordinates, String status) {

    public UpdateStoreCommand toCommand(AccountId account, String store, Long expectedVersion) {
        return new UpdateStoreCommand(account, store, expectedVersion, storeName, organization, payoutDestination,
                address, phoneNumber, email, website, coordinates, status);
    }
}
