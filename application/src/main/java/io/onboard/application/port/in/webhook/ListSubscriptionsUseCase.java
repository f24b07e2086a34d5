package io.onboard.application.port.in.webhook;

import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;

/** The account's subscriptions, oldest first, a page at a time. */
public interface ListSubscriptionsUseCase {
    Page<Subscription> list(AccountId accountId, Integer limit, String startingAfter);
}
