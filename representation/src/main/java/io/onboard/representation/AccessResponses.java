package io.onboard.representation;

import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.access.IssuedToken;
import io.onboard.domain.access.Scope;
import java.util.List;
import java.util.stream.Collectors;

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

    /** A bearer token; {@code scope} lists what it grants, space-separated as OAuth 2.0 writes scopes. */
    public record Token(String accessToken, String tokenType, long expiresIn, String scope, String accountId) {
        public static Token from(IssuedToken token) {
            return new Token(token.accessToken(), "Bearer", token.expiresIn().toSeconds(),
                    token.scopes().stream().map(Scope::wireName).sorted().collect(Collectors.joining(" ")),
                    token.accountId().value());
        }
    }
}
