package io.onboard.cli.session;

import io.onboard.representation.ErrorResponse;
import io.onboard.representation.ReadinessResponse;

/**
 * {@code session check --json}: whether a session would be accepted, the refusal it would get (the HTTP
 * API's {@code error} body, null when accepted), and the terminal's readiness.
 */
record SessionCheckResponse(boolean accepted, ErrorResponse.Body error, ReadinessResponse readiness) {
}
