package io.onboard.application.service;

import io.onboard.application.port.in.store.GetStoreUseCase;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.account.AccountId;

/** Reads one store by server id or merchant {@code store_id}. */
public final class GetStoreService implements GetStoreUseCase {
    private final Stores stores;
    private final StoreViews views;

    GetStoreService(Stores stores, StoreViews views) {
        this.stores = stores;
        this.views = views;
    }

    @Override
    public StoreView get(AccountId accountId, String store) {
        return views.of(stores.get(accountId, Lookups.storeRef(store)));
    }
}
