package io.onboard.application.port.in.access;

import io.onboard.domain.access.Caller;

/** Turns a presented bearer token into the caller it proves; missing, unknown or expired is {@code UNAUTHORIZED}. */
public interface AuthenticateUseCase {
    Caller authenticate(String bearerToken);
}
