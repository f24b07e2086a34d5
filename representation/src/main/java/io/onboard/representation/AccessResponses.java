package io.onboard.representation;

import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.access.IssuedToken;
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.ApiClient;
import java.time.Instant;
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

    /** An API client as an operator sees it: {@code {"client_id", "account_id", "scopes", "created_at"}}, no secret. */
    public record Client(String clientId, String accountId, List<String> scopes, Instant createdAt) {
        public static Client from(ApiClient client) {
            return new Client(client.clientId(), client.accountId().value(),
                    client.scopes().stream().sorted().map(Scope::wireName).toList(), client.createdAt());
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
