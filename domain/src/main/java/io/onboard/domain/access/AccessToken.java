package io.onboard.domain.access;

import io.onboard.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** An issued bearer token, known only by its hash, with the account and scopes it carries until it expires. */
public record AccessToken(SecretHash tokenHash, String clientId, AccountId accountId, Set<Scope> scopes,
                          Instant issuedAt, Instant expiresAt) {
    public AccessToken {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
