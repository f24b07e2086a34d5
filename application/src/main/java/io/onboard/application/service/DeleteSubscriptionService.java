package io.onboard.application.service;

import io.onboard.application.port.in.webhook.DeleteSubscriptionUseCase;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;

/** Deletes a subscription with its delivery log. */
public final class DeleteSubscriptionService implements DeleteSubscriptionUseCase {
    private final Subscriptions subscriptions;
    private final Subscribers subscribers;
    private final Transactions transactions;

    DeleteSubscriptionService(Subscriptions subscriptions, Subscribers subscribers, Transactions transactions) {
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.transactions = transactions;
    }

    @Override
    public Subscription delete(AccountId accountId, String subscriptionId, Long expectedVersion) {
        return transactions.inTransaction(() -> {
            Subscription current = subscribers.get(accountId, subscriptionId);
            Versions.require(expectedVersion, current.version(), "subscription", current.id().value());
            subscriptions.delete(current);
            return current;
        });
    }
}
