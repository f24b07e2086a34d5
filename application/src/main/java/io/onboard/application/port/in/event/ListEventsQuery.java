package io.onboard.application.port.in.event;

import io.onboard.application.paging.Cursor;
import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * Which events to list: a page in sequence order, optionally of one type ({@code account_store_update}) and of
 * one resource (a seller's id, a store's server id, a terminal id or a session id). In Java, build it with
 * {@link #builder(AccountId)}.
 */
public record ListEventsQuery(@NotNull AccountId accountId, Integer limit, String startingAfter, String event,
                              String resourceId) {
    /** The first page of the account's events, ten at a time, until told otherwise. */
    public static ListEventsQueryBuilder builder(AccountId accountId) {
        return new ListEventsQueryBuilder(accountId);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListEventsQuery after(Cursor cursor) {
        return new ListEventsQuery(accountId, limit, cursor.encode(), event, resourceId);
    }
}
