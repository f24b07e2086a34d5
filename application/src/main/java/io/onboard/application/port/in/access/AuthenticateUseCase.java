package io.onboard.application.port.in.access;

import io.onboard.domain.access.Caller;
import java.time.Duration;

/** Turns a presented bearer token into the caller it proves; missing, unknown or expired is {@code UNAUTHORIZED}. */
public interface AuthenticateUseCase {
    /**
     * How long a server may take a token it has checked as still good: a revoked one stops working on every
     * server within this (SPEC 11 asks 5 seconds).
     */
    Duration RECHECK = Duration.ofSeconds(4);

    Caller authenticate(String bearerToken);
}
