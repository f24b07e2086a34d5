package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;

/** Deletes a subscription and its delivery log; nothing more is delivered to it. */
public interface DeleteSubscriptionUseCase {
    /** {@code expectedVersion} (nullable) as in updates. */
    void delete(AccountId accountId, String subscriptionId, Long expectedVersion);
}
