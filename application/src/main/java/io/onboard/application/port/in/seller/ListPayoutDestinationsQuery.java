package io.onboard.application.port.in.seller;

import io.onboard.application.paging.Cursor;
import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * Which sellers to list: a page (limit 1-100, default 10; cursor) and optionally one case status. In Java,
 * build it with {@link #builder(AccountId)}, and ask for the next page with {@link #after(Cursor)}.
 */
public record ListPayoutDestinationsQuery(@NotNull AccountId accountId, Integer limit, String startingAfter,
                                          String caseStatus) {
    /** The first page of the account's sellers, ten at a time, until told otherwise. */
    public static ListPayoutDestinationsQueryBuilder builder(AccountId accountId) {
        return new ListPayoutDestinationsQueryBuilder(accountId);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListPayoutDestinationsQuery after(Cursor cursor) {
        return new ListPayoutDestinationsQuery(accountId, limit, cursor.encode(), caseStatus);
    }
}
