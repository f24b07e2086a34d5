package io.onboard.application.port.in.event;

import io.onboard.application.port.out.Event;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;

/** Reads one event of the account; {@code NOT_FOUND} for an id that is not one of its events. */
public interface GetEventUseCase {
    Event get(AccountId accountId, String eventId);

    default Event get(AccountId accountId, EventId eventId) {
        return get(accountId, eventId.value());
    }
}
