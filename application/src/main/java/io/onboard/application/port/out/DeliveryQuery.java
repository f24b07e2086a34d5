package io.onboard.application.port.out;

import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.DeliveryStatus;
import io.onboard.domain.webhook.SubscriptionId;
import java.util.Objects;
import java.util.Optional;

/** A page of one subscription's deliveries, in event order, optionally of one status. */
public record DeliveryQuery(AccountId account, SubscriptionId subscription, Optional<DeliveryStatus> status,
                            PageRequest page) {
    public DeliveryQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
    }
}
