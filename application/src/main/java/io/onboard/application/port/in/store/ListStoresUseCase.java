package io.onboard.application.port.in.store;

import io.onboard.application.paging.Page;

/** Lists an account's stores in creation order, a page at a time. */
public interface ListStoresUseCase {
    Page<StoreView> list(ListStoresQuery query);
}
