package io.onboard.application.port.out;

import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventType;
import java.util.Objects;
import java.util.Optional;

/** A page of one account's events in sequence order, optionally of one type or one resource. */
public record EventQuery(AccountId account, Optional<EventType> type, Optional<String> resourceId, PageRequest page) {
    public EventQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(page, "page");
    }
}
