package io.onboard.application.port.out;

import java.util.Objects;

/**
 * What only a server that lets API clients in needs stored: clients, their tokens and the answers kept for
 * idempotent requests. It writes inside the {@link Transactions} of the {@link OnboardingStorage} it sits
 * beside, so a request and the record of its answer commit together.
 */
public record AccessStorage(ApiClients apiClients, AccessTokens accessTokens, IdempotencyRecords idempotencyRecords) {
    public AccessStorage {
        Objects.requireNonNull(apiClients, "apiClients");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
    }
}
