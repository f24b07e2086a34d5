package io.onboard.representation;

import io.onboard.domain.webhook.DeliveryAttempt;

/** How a ping went: whether the receiver answered {@code 2xx}, its status, how long it took, and what went wrong. */
public record PingResponse(boolean delivered, Integer httpStatus, long durationMs, String error) {
    public static PingResponse from(DeliveryAttempt attempt) {
        return new PingResponse(attempt.delivered(), attempt.httpStatus().isPresent() ? attempt.httpStatus().getAsInt() : null,
                attempt.duration().toMillis(), attempt.error().orElse(null));
    }
}
