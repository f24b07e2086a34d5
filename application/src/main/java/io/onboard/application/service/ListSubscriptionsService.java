package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.webhook.ListSubscriptionsUseCase;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Subscription;

/** Lists the account's subscriptions a page at a time. */
public final class ListSubscriptionsService implements ListSubscriptionsUseCase {
    private final Subscriptions subscriptions;

    ListSubscriptionsService(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @Override
    public Page<Subscription> list(AccountId accountId, Integer limit, String startingAfter) {
        Input in = new Input();
        PageRequest page = Inputs.page(in, limit, startingAfter);
        in.done();
        return subscriptions.list(accountId, page);
    }
}
