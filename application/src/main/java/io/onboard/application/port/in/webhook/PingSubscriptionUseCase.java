package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.DeliveryAttempt;

/** Sends a {@code ping} event to one subscription's receiver now, and says how the attempt went. */
public interface PingSubscriptionUseCase {
    DeliveryAttempt ping(AccountId accountId, String subscriptionId);
}
