package io.onboard.application.port.in.access;

import io.onboard.domain.access.Scope;
import java.time.Duration;
import java.util.Set;

/** A newly issued bearer token and how long it lives; only its hash is kept. */
public record IssuedToken(String accessToken, Duration expiresIn, Set<Scope> scopes) {
    @Override
    public String toString() {
        return "IssuedToken[hidden, expires in " + expiresIn + ", " + scopes + "]";
    }
}
