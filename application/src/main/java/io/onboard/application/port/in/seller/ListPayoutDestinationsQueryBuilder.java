package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.ListQueryBuilder;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseStatus;

/** Builds a {@link ListPayoutDestinationsQuery}: the page size, the cursor and the case status to keep. */
public final class ListPayoutDestinationsQueryBuilder extends ListQueryBuilder<ListPayoutDestinationsQueryBuilder> {
    private final AccountId accountId;
    private String caseStatus;

    ListPayoutDestinationsQueryBuilder(AccountId accountId) {
        this.accountId = accountId;
    }

    @Override
    protected ListPayoutDestinationsQueryBuilder self() {
        return this;
    }

    public ListPayoutDestinationsQueryBuilder caseStatus(CaseStatus status) {
        this.caseStatus = status.name();
        return this;
    }

    public ListPayoutDestinationsQuery build() {
        return new ListPayoutDestinationsQuery(accountId, limit, startingAfter, caseStatus);
    }
}
