package io.onboard.domain.access;

import io.onboard.domain.account.AccountId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Credentials an integrator uses to obtain tokens for one account; the secret itself is never kept. */
public record ApiClient(String clientId, AccountId accountId, SecretHash secretHash, Set<Scope> scopes, Instant createdAt) {
    public ApiClient {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(secretHash, "secretHash");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }
}
