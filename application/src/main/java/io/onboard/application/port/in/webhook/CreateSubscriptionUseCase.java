package io.onboard.application.port.in.webhook;

import io.onboard.domain.webhook.Subscription;

/** Subscribes a receiver: {@code INVALID_WEBHOOK_URL} for a URL the account may not deliver to. */
public interface CreateSubscriptionUseCase {
    Subscription create(CreateSubscriptionCommand command);
}
