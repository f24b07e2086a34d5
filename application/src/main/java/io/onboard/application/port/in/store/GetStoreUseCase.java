package io.onboard.application.port.in.store;

import io.onboard.domain.account.AccountId;

/** Reads one store, named by server id or merchant {@code store_id}. */
public interface GetStoreUseCase {
    StoreView get(AccountId accountId, String store);
}
