package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * A recorded change (SPEC 9): {@code data} is the resource as its GET returns it after the change, and
 * {@code previous} the old values of the fields that changed, both as JSON objects ({@link EventPayloads} writes
 * them). {@code sequence} is 0 until {@link Events#append} gives the event its place in the account.
 */
public record Event(EventId id, EventType type, AccountId accountId, Instant createdAt, long sequence,
                    String resourceId, String data, String previous) {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(previous, "previous");
    }

    /** This event in its place: the account's sequence number. */
    public Event at(long place) {
        return new Event(id, type, accountId, createdAt, place, resourceId, data, previous);
    }
}
