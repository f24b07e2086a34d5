package io.onboard.application.service;

import io.onboard.application.port.in.webhook.UpdateSubscriptionCommand;
import io.onboard.application.port.in.webhook.UpdateSubscriptionUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.webhook.Subscription;
import java.time.Instant;

/**
 * Replaces a subscription's settings. Turned off, its pending deliveries are given up; turned on again, it
 * receives events from the next one on (the events API has what it missed meanwhile).
 */
public final class UpdateSubscriptionService implements UpdateSubscriptionUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Subscriptions subscriptions;
    private final Subscribers subscribers;
    private final WebhookTargets targets;
    private final Transactions transactions;
    private final Clock clock;

    UpdateSubscriptionService(Subscriptions subscriptions, Subscribers subscribers, WebhookTargets targets,
                              Transactions transactions, Clock clock) {
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.targets = targets;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Subscription update(UpdateSubscriptionCommand command) {
        Input in = validator.check(command);
        SubscriptionInputs settings = SubscriptionInputs.parse(in, command.accountId(), command.settings(), targets);
        return transactions.inTransaction(() -> {
            Subscription current = subscribers.get(command.accountId(), command.subscriptionId());
            Versions.require(command.expectedVersion(), current.version(), "subscription", current.id().value());
            Instant now = clock.now();
            Subscription changed = subscriptions.update(current.change(settings.url(), settings.events(),
                    settings.description(), settings.active(), now));
            if (current.active() && !changed.active()) {
                subscribers.abandonPending(changed, "the subscription was turned off", now);
            } else if (!current.active() && changed.active()) {
                subscribers.startFromNow(changed);
            }
            return changed;
        });
    }
}
