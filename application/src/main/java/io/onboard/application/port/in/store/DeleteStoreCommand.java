package io.onboard.application.port.in.store;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Deletes a store named by server id or merchant {@code store_id}; {@code expectedVersion} as in updates. */
public record DeleteStoreCommand(@NotNull AccountId accountId, @NotBlank String store, Long expectedVersion) {
    public static DeleteStoreCommand of(AccountId accountId, StoreServerId store) {
        return new DeleteStoreCommand(accountId, store.value(), null);
    }

    public static DeleteStoreCommand of(AccountId accountId, StoreId store) {
        return new DeleteStoreCommand(accountId, store.value(), null);
    }

    /** The same deletion, refused with {@code PRECONDITION_FAILED} unless the store is still at {@code version}. */
    public DeleteStoreCommand expectingVersion(long version) {
        return new DeleteStoreCommand(accountId, store, version);
    }
}
