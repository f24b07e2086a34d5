package io.onboard.application.port.in.seller;

import io.onboard.application.paging.Cursor;
import io.onboard.application.port.in.ListQueryBuilder;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseStatus;
import jakarta.validation.constraints.NotNull;

/**
 * Which sellers to list: a page (limit 1-100, default 10; cursor) and optionally one case status. In Java,
 * build it with {@link #builder(AccountId)}, and ask for the next page with {@link #after(Cursor)}.
 */
public record ListPayoutDestinationsQuery(@NotNull AccountId accountId, Integer limit, String startingAfter,
                                          String caseStatus) {
    /** The first page of the account's sellers, ten at a time, until told otherwise. */
    public static Builder builder(AccountId accountId) {
        return new Builder(accountId);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListPayoutDestinationsQuery after(Cursor cursor) {
        return new ListPayoutDestinationsQuery(accountId, limit, cursor.encode(), caseStatus);
    }

    /** Names the page size, the cursor and the case status to keep. */
    public static final class Builder extends ListQueryBuilder<Builder> {
        private final AccountId accountId;
        private String caseStatus;

        private Builder(AccountId accountId) {
            this.accountId = accountId;
        }

        @Override
        protected Builder self() {
            return this;
        }

        public Builder caseStatus(CaseStatus status) {
            this.caseStatus = status.name();
            return this;
        }

        public ListPayoutDestinationsQuery build() {
            return new ListPayoutDestinationsQuery(accountId, limit, startingAfter, caseStatus);
        }
    }
}
