package io.onboard.application.port.in.access;

import java.time.Duration;

/** A newly issued bearer token and how long it lives; only its hash is kept. */
public record IssuedToken(String accessToken, Duration expiresIn) {
    @Override
    public String toString() {
        return "IssuedToken[hidden, expires in " + expiresIn + "]";
    }
}
