package io.onboard.application.port.out;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import java.util.List;
import java.util.Optional;

/** Webhook subscriptions, their secrets kept so that a copy of the storage alone cannot sign with them. */
public interface Subscriptions {
    /** Stores a new subscription, at version 1. */
    Subscription add(Subscription subscription);

    /** Saves a changed subscription if it is still at the version it was read at; {@code CONCURRENT_MODIFICATION} if not. */
    Subscription update(Subscription subscription);

    Optional<Subscription> find(AccountId account, SubscriptionId id);

    /** A page of the account's subscriptions, oldest first. */
    Page<Subscription> list(AccountId account, PageRequest page);

    /** Deletes the subscription and its deliveries. */
    void delete(Subscription subscription);

    /** Every active subscription of every account: what the dispatcher fans events out to. */
    List<Subscription> active();
}
