package io.onboard.application.port.in.access;

import jakarta.validation.constraints.NotBlank;

/** A client-credentials token request for the account named in the path. */
public record IssueTokenCommand(@NotBlank String accountId, String clientId, String clientSecret) {
}
