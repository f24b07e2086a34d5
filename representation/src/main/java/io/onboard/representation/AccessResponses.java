package io.onboard.representation;

import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.access.IssuedToken;
import io.onboard.domain.access.Scope;
import java.util.List;

/** Bodies of the credential calls: a new client (secret shown once) and a new bearer token. */
public final class AccessResponses {
    private AccessResponses() {
    }

    /** {@code {"client_id", "client_secret", "scopes"}}. */
    public record ClientCredentials(String clientId, String clientSecret, List<String> scopes) {
        public static ClientCredentials from(IssuedClient client) {
            return new ClientCredentials(client.clientId(), client.clientSecret(),
                    client.scopes().stream().sorted().map(Scope::wireName).toList());
        }
    }

    /** {@code {"access_token", "token_type": "Bearer", "expires_in"}}, {@code expires_in} in seconds. */
    public record Token(String accessToken, String tokenType, long expiresIn) {
        public static Token from(IssuedToken token) {
            return new Token(token.accessToken(), "Bearer", token.expiresIn().toSeconds());
        }
    }
}
