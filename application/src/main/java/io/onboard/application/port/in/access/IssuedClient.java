package io.onboard.application.port.in.access;

import io.onboard.domain.access.Scope;
import java.util.Set;

/** A newly issued API client. The secret is shown this once; only its hash is kept. */
public record IssuedClient(String clientId, String clientSecret, Set<Scope> scopes) {
    @Override
    public String toString() {
        return "IssuedClient[" + clientId + ", secret hidden, " + scopes + "]";
    }
}
