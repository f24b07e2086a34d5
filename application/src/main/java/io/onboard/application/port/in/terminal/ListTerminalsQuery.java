package io.onboard.application.port.in.terminal;

import io.onboard.application.paging.Cursor;
import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/**
 * Which terminals to list: a page and any of the SPEC 6 filters. {@code storeId} takes a server id or a
 * merchant {@code store_id}; {@code search} is a substring of terminal id, serial number or label. In Java,
 * build it with {@link #builder(AccountId)}, and ask for the next page with {@link #after(Cursor)}.
 */
public record ListTerminalsQuery(@NotNull AccountId accountId, Integer limit, String startingAfter, String storeId,
                                 String payoutDestinationId, String status, String deviceModel,
                                 String deviceSerialNumber, String terminalId, String search) {
    /** The first page of the account's terminals, ten at a time, until the builder is told otherwise. */
    public static ListTerminalsQueryBuilder builder(AccountId accountId) {
        return new ListTerminalsQueryBuilder(accountId);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListTerminalsQuery after(Cursor cursor) {
        return new ListTerminalsQuery(accountId, limit, cursor.encode(), storeId, payoutDestinationId, status,
                deviceModel, deviceSerialNumber, terminalId, search);
    }
}
