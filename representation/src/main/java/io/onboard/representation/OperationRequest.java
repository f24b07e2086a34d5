package io.onboard.representation;

/** The body that starts a terminal operation: {@code {"operation": "end_of_day"}}. */
public record OperationRequest(String operation) {
}
