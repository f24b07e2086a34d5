package io.onboard.http;

import io.onboard.application.port.in.access.IssueTokenCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The token request as an OAuth 2.0 client sends it (RFC 6749 4.4): a form with {@code grant_type} and an optional
 * {@code scope}, the client authenticated by HTTP Basic or by {@code client_id} and {@code client_secret} in the
 * form, never both (2.3). Each refusal names the RFC's error code.
 */
final class OAuthTokenRequest {
    private OAuthTokenRequest() {
    }

    /** A refusal in RFC 6749 5.2's terms: its {@code error} code, description and status. */
    static final class Refused extends RuntimeException {
        final String error;
        final int status;

        Refused(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }
    }

    static IssueTokenCommand command(String account, String authorization, Map<String, String> form) {
        boolean inForm = form.containsKey("client_id") || form.containsKey("client_secret");
        if (authorization != null && inForm) {
            throw new Refused(400, "invalid_request", "authenticate the client one way only: HTTP Basic or the form");
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            throw form.containsKey("grant_type")
                    ? new Refused(400, "unsupported_grant_type", "only grant_type=client_credentials is offered")
                    : new Refused(400, "invalid_request", "grant_type is required: client_credentials");
        }
        String[] credentials = authorization != null
                ? basic(authorization)
                : new String[] {form.get("client_id"), form.get("client_secret")};
        String scope = form.getOrDefault("scope", "").strip();
        List<String> scopes = scope.isEmpty() ? List.of() : Arrays.asList(scope.split(" +"));
        return new IssueTokenCommand(account, credentials[0], credentials[1], scopes);
    }

    private static String[] basic(String authorization) {
        try {
            return TokenEndpoint.basicCredentials(authorization);
        } catch (RuntimeException notBasic) {
            throw new Refused(401, "invalid_client", "send the client credentials as HTTP Basic or in the form");
        }
    }
}
