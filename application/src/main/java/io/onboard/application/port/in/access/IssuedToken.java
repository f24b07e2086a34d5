package io.onboard.application.port.in.access;

import io.onboard.domain.access.Scope;
import io.onboard.domain.account.AccountId;
import java.time.Duration;
import java.util.Set;

/**
 * A newly issued bearer token, the account it acts for, how long it lives and what it may do; only its hash is
 * kept.
 */
public record IssuedToken(String accessToken, AccountId accountId, Duration expiresIn, Set<Scope> scopes) {
    @Override
    public String toString() {
        return "IssuedToken[hidden, account " + accountId + ", expires in " + expiresIn + ", " + scopes + "]";
    }
}
