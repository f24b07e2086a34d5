package io.onboard.application.port.out;

import java.util.Objects;

/**
 * What only a server that delivers webhooks needs stored: subscriptions and the outbox of deliveries. It writes
 * inside the {@link Transactions} of the {@link OnboardingStorage} it sits beside and reads its events.
 */
public record WebhookStorage(Subscriptions subscriptions, Deliveries deliveries) {
    public WebhookStorage {
        Objects.requireNonNull(subscriptions, "subscriptions");
        Objects.requireNonNull(deliveries, "deliveries");
    }
}
