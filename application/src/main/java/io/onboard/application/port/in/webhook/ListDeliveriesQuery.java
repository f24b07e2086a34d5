package io.onboard.application.port.in.webhook;

import io.onboard.application.paging.Cursor;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.DeliveryStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A page of a subscription's delivery log, in event order, optionally of one status ({@code pending}...). */
public record ListDeliveriesQuery(@NotNull AccountId accountId, @NotBlank String subscriptionId, Integer limit,
                                  String startingAfter, String status) {
    public static ListDeliveriesQuery of(AccountId accountId, String subscriptionId) {
        return new ListDeliveriesQuery(accountId, subscriptionId, null, null, null);
    }

    public ListDeliveriesQuery withStatus(DeliveryStatus only) {
        return new ListDeliveriesQuery(accountId, subscriptionId, limit, startingAfter, only.wireName());
    }

    public ListDeliveriesQuery limit(int pageSize) {
        return new ListDeliveriesQuery(accountId, subscriptionId, pageSize, startingAfter, status);
    }

    /** The same query, for the page after {@code cursor} (a page's {@code next()}). */
    public ListDeliveriesQuery after(Cursor cursor) {
        return new ListDeliveriesQuery(accountId, subscriptionId, limit, cursor.encode(), status);
    }
}
