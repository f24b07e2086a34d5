package io.onboard.application.port.in.event;

import io.onboard.application.port.in.ListQueryBuilder;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventType;

/** Builds a {@link ListEventsQuery}: the page size, the cursor and the filters. */
public final class ListEventsQueryBuilder extends ListQueryBuilder<ListEventsQueryBuilder> {
    private final AccountId accountId;
    private String event;
    private String resourceId;

    ListEventsQueryBuilder(AccountId accountId) {
        this.accountId = accountId;
    }

    @Override
    protected ListEventsQueryBuilder self() {
        return this;
    }

    /** Only events of this type. */
    public ListEventsQueryBuilder event(EventType type) {
        this.event = type.wireName();
        return this;
    }

    /** Only the events of one resource: a seller's id, a store's server id, a terminal id or a session id. */
    public ListEventsQueryBuilder resourceId(String resourceId) {
        this.resourceId = resourceId;
        return this;
    }

    public ListEventsQuery build() {
        return new ListEventsQuery(accountId, limit, startingAfter, event, resourceId);
    }
}
