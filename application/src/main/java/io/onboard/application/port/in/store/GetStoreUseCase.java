package io.onboard.application.port.in.store;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;

/** Reads one store, named by server id or merchant {@code store_id}. */
public interface GetStoreUseCase {
    StoreView get(AccountId accountId, String store);

    default StoreView get(AccountId accountId, StoreServerId store) {
        return get(accountId, store.value());
    }

    default StoreView get(AccountId accountId, StoreId store) {
        return get(accountId, store.value());
    }
}
