package io.onboard.application.port.in.access;

import java.util.Optional;

/**
 * Makes an empty database usable: creates test account {@code T00000001} and one API client with every
 * scope, and returns that client's credentials, once. On a database that has an account it does nothing.
 */
public interface BootstrapUseCase {
    String FIRST_ACCOUNT = "T00000001";

    Optional<IssuedClient> bootstrapIfEmpty();
}
