package io.onboard.application.port.in.access;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A client-credentials token request for the account named in the path. {@code scopes} narrows the token to
 * some of the client's scopes (their wire names, such as {@code read:accounts}); empty, the token gets them all.
 */
public record IssueTokenCommand(@NotBlank String accountId, String clientId, String clientSecret, List<String> scopes) {
    public IssueTokenCommand {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** A token with every scope of the client. */
    public IssueTokenCommand(String accountId, String clientId, String clientSecret) {
        this(accountId, clientId, clientSecret, List.of());
    }
}
