package io.onboard.application.service;

import io.onboard.application.port.in.webhook.GetSubscriptionUseCase;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;

/** Reads one subscription of the account. */
public final class GetSubscriptionService implements GetSubscriptionUseCase {
    private final Subscribers subscribers;

    GetSubscriptionService(Subscribers subscribers) {
        this.subscribers = subscribers;
    }

    @Override
    public Subscription get(AccountId accountId, String subscriptionId) {
        return subscribers.get(accountId, subscriptionId);
    }
}
