package io.onboard.application.port.in.access;

import java.util.List;

/**
 * A client-credentials token request for the account named in the path, or, when {@code accountId} is null, for
 * the client's own account. {@code scopes} narrows the token to some of the client's scopes (their wire names,
 * such as {@code read:accounts}); empty, the token gets them all.
 */
public record IssueTokenCommand(String accountId, String clientId, String clientSecret, List<String> scopes) {
    public IssueTokenCommand {
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
    }

    /** A token with every scope of the client. */
    public IssueTokenCommand(String accountId, String clientId, String clientSecret) {
        this(accountId, clientId, clientSecret, List.of());
    }
}
