package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;

/** Reads one of the account's subscriptions; {@code NOT_FOUND} for any other id. */
public interface GetSubscriptionUseCase {
    Subscription get(AccountId accountId, String subscriptionId);
}
