package io.onboard.application.port.in.store;

import io.onboard.application.paging.Cursor;
import io.onboard.application.port.in.ListQueryBuilder;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreStatus;
import jakarta.validation.constraints.NotNull;

/**
 * Which stores to list: a page, and optionally one seller and one status. In Java, build it with
 * {@link #builder(AccountId)}, and ask for the next page with {@link #after(Cursor)}.
 */
public record ListStoresQuery(@NotNull AccountId accountId, Integer limit, String startingAfter,
                              String payoutDestinationId, String status) {
    /** The first page of the account's stores, ten at a time, until told otherwise. */
    public static Builder builder(AccountId accountId) {
        return new Builder(accountId);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListStoresQuery after(Cursor cursor) {
        return new ListStoresQuery(accountId, limit, cursor.encode(), payoutDestinationId, status);
    }

    /** Names the page size, the cursor and the filters. */
    public static final class Builder extends ListQueryBuilder<Builder> {
        private final AccountId accountId;
        private String payoutDestinationId;
        private String status;

        private Builder(AccountId accountId) {
            this.accountId = accountId;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /** Only the stores of this seller. */
        public Builder payoutDestination(PayoutDestinationId seller) {
            this.payoutDestinationId = seller.value();
            return this;
        }

        public Builder status(StoreStatus status) {
            this.status = status.name();
            return this;
        }

        public ListStoresQuery build() {
            return new ListStoresQuery(accountId, limit, startingAfter, payoutDestinationId, status);
        }
    }
}
