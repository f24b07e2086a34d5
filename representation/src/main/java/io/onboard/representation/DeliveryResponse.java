package io.onboard.representation;

import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryAttempt;
import java.time.Instant;

/** One line of a subscription's delivery log: the event, where the delivery stands, and its last attempt. */
public record DeliveryResponse(String id, String subscriptionId, String eventId, String event, String resourceId,
                               long eventSequence, String status, int attempts, Instant createdAt,
                               Instant nextAttemptAt, Instant lastAttemptAt, Integer lastHttpStatus,
                               Long durationMs, String error) {
    public static DeliveryResponse from(Delivery delivery) {
        DeliveryAttempt last = delivery.lastAttempt().orElse(null);
        return new DeliveryResponse(delivery.id().value(), delivery.subscriptionId().value(),
                delivery.eventId().value(), delivery.eventType().wireName(), delivery.resourceId(),
                delivery.eventSequence(), delivery.status().wireName(), delivery.attempts(), delivery.createdAt(),
                delivery.nextAttemptAt().orElse(null), delivery.lastAttemptAt().orElse(null),
                last == null || last.httpStatus().isEmpty() ? null : last.httpStatus().getAsInt(),
                last == null ? null : last.duration().toMillis(), last == null ? null : last.error().orElse(null));
    }
}
