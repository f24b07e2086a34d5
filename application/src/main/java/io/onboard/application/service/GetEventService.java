package io.onboard.application.service;

import io.onboard.application.port.in.event.GetEventUseCase;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.Events;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.event.EventId;
import java.util.Optional;

/** Reads one event of the account. */
public final class GetEventService implements GetEventUseCase {
    private final Events events;

    GetEventService(Events events) {
        this.events = events;
    }

    @Override
    public Event get(AccountId accountId, String eventId) {
        return parse(eventId).flatMap(id -> events.find(accountId, id))
                .orElseThrow(() -> new NotFoundException("event", eventId));
    }

    /** An id that is not an event id names no event: 404, like any unknown id. */
    private static Optional<EventId> parse(String eventId) {
        try {
            return Optional.of(new EventId(eventId));
        } catch (InvalidValueException notAnEventId) {
            return Optional.empty();
        }
    }
}
