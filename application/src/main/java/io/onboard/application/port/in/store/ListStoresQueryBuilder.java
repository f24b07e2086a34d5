package io.onboard.application.port.in.store;

import io.onboard.application.port.in.ListQueryBuilder;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreStatus;

/** Builds a {@link ListStoresQuery}: the page size, the cursor and the filters. */
public final class ListStoresQueryBuilder extends ListQueryBuilder<ListStoresQueryBuilder> {
    private final AccountId accountId;
    private String payoutDestinationId;
    private String status;

    ListStoresQueryBuilder(AccountId accountId) {
        this.accountId = accountId;
    }

    @Override
    protected ListStoresQueryBuilder self() {
        return this;
    }

    /** Only the stores of this seller. */
    public ListStoresQueryBuilder payoutDestination(PayoutDestinationId seller) {
        this.payoutDestinationId = seller.value();
        return this;
    }

    public ListStoresQueryBuilder status(StoreStatus status) {
        this.status = status.name();
        return this;
    }

    public ListStoresQuery build() {
        return new ListStoresQuery(accountId, limit, startingAfter, payoutDestinationId, status);
    }
}
