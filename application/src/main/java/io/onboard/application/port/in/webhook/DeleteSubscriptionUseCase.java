package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;

/** Deletes a subscription and its delivery log; nothing more is delivered to it. */
public interface DeleteSubscriptionUseCase {
    /** {@code expectedVersion} (nullable) as in updates; answers the subscription as it was. */
    Subscription delete(AccountId accountId, String subscriptionId, Long expectedVersion);
}
