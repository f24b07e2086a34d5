package io.onboard.application.service;

import io.onboard.application.port.in.webhook.PingSubscriptionUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.WebhookMessage;
import io.onboard.application.port.out.WebhookSender;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import io.onboard.domain.webhook.DeliveryAttempt;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.Subscription;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends a {@code ping} to a subscription's receiver at once, active or not, and waits for the answer: how an
 * integrator checks a receiver and its signature check. A ping is no account event and is not logged.
 */
public final class PingSubscriptionService implements PingSubscriptionUseCase {
    private final Subscribers subscribers;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final Clock clock;

    PingSubscriptionService(Subscribers subscribers, WebhookTargets targets, WebhookSender sender, Clock clock) {
        this.subscribers = subscribers;
        this.targets = targets;
        this.sender = sender;
        this.clock = clock;
    }

    @Override
    public DeliveryAttempt ping(AccountId accountId, String subscriptionId) {
        Subscription subscription = subscribers.get(accountId, subscriptionId);
        Instant now = clock.now();
        List<InetAddress> addresses;
        try {
            addresses = targets.addresses(accountId, subscription.url());
        } catch (InvalidValueException refused) {
            return DeliveryAttempt.unanswered(Duration.ZERO, refused.getMessage());
        }
        // ids are [a-z0-9_] only: the data needs no escaping
        Event ping = new Event(EventId.of(UUID.randomUUID()), EventType.PING, accountId, now, 0,
                subscription.id().value(), "{\"subscription_id\":\"" + subscription.id().value() + "\"}", "{}");
        return sender.send(new WebhookMessage(subscription.url(), addresses, ping, DeliveryId.of(UUID.randomUUID()),
                subscription.signingSecrets(now), now)).join();
    }
}
