package io.onboard.application.port.in.store;

import io.onboard.application.paging.Cursor;
import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * Which stores to list: a page, and optionally one seller and one status. In Java, build it with
 * {@link #builder(AccountId)}, and ask for the next page with {@link #after(Cursor)}.
 */
public record ListStoresQuery(@NotNull AccountId accountId, Integer limit, String startingAfter,
                              String payoutDestinationId, String status) {
    /** The first page of the account's stores, ten at a time, until told otherwise. */
    public static ListStoresQueryBuilder builder(AccountId accountId) {
        return new ListStoresQueryBuilder(accountId);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListStoresQuery after(Cursor cursor) {
        return new ListStoresQuery(accountId, limit, cursor.encode(), payoutDestinationId, status);
    }
}
