package io.onboard.application.service;

import io.onboard.application.port.out.Deliveries;
import io.onboard.application.port.out.Events;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.SubscriptionProgress;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import java.time.Instant;
import java.util.Optional;

/** Finding an account's subscription by the id a client sent, and starting or stopping its deliveries. */
final class Subscribers {
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Events events;

    Subscribers(Subscriptions subscriptions, Deliveries deliveries, Events events) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.events = events;
    }

    /** The account's subscription {@code id}; {@code NOT_FOUND} for another account's or a malformed id. */
    Subscription get(AccountId account, String id) {
        return parse(id).flatMap(subscriptionId -> subscriptions.find(account, subscriptionId))
                .orElseThrow(() -> new NotFoundException("subscription", id));
    }

    /** Deliveries start with the account's next event: a subscriber is not sent what happened before it. */
    void startFromNow(Subscription subscription) {
        deliveries.saveProgress(new SubscriptionProgress(subscription.id(), events.lastSequence(subscription.accountId()),
                Optional.empty()));
    }

    /** Gives up every pending delivery of a subscription turned off, saying why. */
    void abandonPending(Subscription subscription, String why, Instant now) {
        for (Delivery pending : deliveries.pending(subscription.id())) {
            deliveries.update(pending.abandon(why, now));
        }
    }

    private static Optional<SubscriptionId> parse(String id) {
        try {
            return Optional.of(new SubscriptionId(id));
        } catch (InvalidValueException notASubscriptionId) {
            return Optional.empty();
        }
    }
}
