package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Delivery;

/**
 * Sends one delivery again as soon as it may go: at once, unless an earlier event of the same resource is still
 * pending for the subscription, which goes first. Answers the delivery, pending again.
 */
public interface RedeliverUseCase {
    Delivery redeliver(AccountId accountId, String subscriptionId, String deliveryId);
}
