package io.onboard.application.port.in.store;

import io.onboard.application.port.in.Required;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;

/** Builds an {@link UpdateStoreCommand}: what is not named stays as it is. */
public final class UpdateStoreCommandBuilder extends StoreChanges<UpdateStoreCommandBuilder> {
    private AccountId account;
    private String store;
    private Long expectedVersion;
    private String status;

    UpdateStoreCommandBuilder() {
    }

    @Override
    protected UpdateStoreCommandBuilder self() {
        return this;
    }

    public UpdateStoreCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    /** The store to change, by the id Onboard gave it. */
    public UpdateStoreCommandBuilder store(StoreServerId store) {
        this.store = store.value();
        return this;
    }

    /** The store to change, by the merchant's own id. */
    public UpdateStoreCommandBuilder store(StoreId store) {
        this.store = store.value();
        return this;
    }

    /** Refuses the change with {@code PRECONDITION_FAILED} unless the store is still at this version. */
    public UpdateStoreCommandBuilder expectedVersion(long version) {
        this.expectedVersion = version;
        return this;
    }

    /** {@code ACTIVE} or {@code INACTIVE}: only an active store's terminals take sessions. */
    public UpdateStoreCommandBuilder status(StoreStatus status) {
        this.status = status.name();
        return this;
    }

    public UpdateStoreCommand build() {
        Required.parts().part("account_id", account).part("store", store).check();
        return new UpdateStoreCommand(account, store, expectedVersion, storeName, organization, payoutDestination,
                address, phoneNumber, email, website, coordinates, status);
    }
}
