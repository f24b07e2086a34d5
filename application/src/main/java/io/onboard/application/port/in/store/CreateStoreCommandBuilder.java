package io.onboard.application.port.in.store;

import io.onboard.application.port.in.Required;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;

/** Builds a {@link CreateStoreCommand}; fields left out are filled from the seller's validated KYC data. */
public final class CreateStoreCommandBuilder extends StoreChanges<CreateStoreCommandBuilder> {
    private AccountId account;
    private String storeId;

    CreateStoreCommandBuilder() {
    }

    @Override
    protected CreateStoreCommandBuilder self() {
        return this;
    }

    public CreateStoreCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    /** The merchant's own id for the store ({@code oslo-center}); left out, the server id serves. */
    public CreateStoreCommandBuilder storeId(StoreId storeId) {
        return storeId(storeId.value());
    }

    public CreateStoreCommandBuilder storeId(String storeId) {
        this.storeId = storeId;
        return this;
    }

    public CreateStoreCommand build() {
        Required.parts().part("account_id", account).part("store_name", storeName)
                .part("payout_destination", payoutDestination).check();
        return new CreateStoreCommand(account, storeId, storeName, organization, payoutDestination, address, phoneNumber,
                email, website, coordinates);
    }
}
