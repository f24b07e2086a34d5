package io.onboard.representation;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.onboard.application.port.out.Event;
import java.time.Instant;

/**
 * An event as SPEC 9 shows it: {@code data} is the resource as its GET returned it after the change, and
 * {@code previous} the old values of what changed; both were written as this API's JSON when the change was
 * made, and are passed through as they are.
 */
public record EventResponse(String id, String event, String accountId, Instant createdAt, long sequence,
                            String resourceId, @JsonRawValue String data, @JsonRawValue String previous) {
    public static EventResponse from(Event event) {
        return new EventResponse(event.id().value(), event.type().wireName(), event.accountId().value(),
                event.createdAt(), event.sequence(), event.resourceId(), event.data(), event.previous());
    }
}
