package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.store.ListStoresQuery;
import io.onboard.application.port.in.store.ListStoresUseCase;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.out.StoreQuery;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreStatus;
import java.util.Optional;

/** Lists stores a page at a time, optionally by seller and status. */
public final class ListStoresService implements ListStoresUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Stores stores;
    private final StoreViews views;

    ListStoresService(Stores stores, StoreViews views) {
        this.stores = stores;
        this.views = views;
    }

    @Override
    public Page<StoreView> list(ListStoresQuery query) {
        Input in = validator.check(query);
        PageRequest page = Inputs.page(in, query.limit(), query.startingAfter());
        PayoutDestinationId seller = in.parse("payout_destination_id", query.payoutDestinationId(), PayoutDestinationId::new);
        StoreStatus status = in.parse("status", query.status(), StoreStatus::parse);
        in.done();
        return stores.list(new StoreQuery(query.accountId(), Optional.ofNullable(seller), Optional.ofNullable(status), page))
                .map(views::of);
    }
}
