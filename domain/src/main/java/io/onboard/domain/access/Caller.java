package io.onboard.domain.access;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import java.util.Objects;
import java.util.Set;

/** Who is calling, as proven by a valid token: one account and the scopes granted to it. */
public record Caller(AccountId accountId, Set<Scope> scopes) {
    public Caller {
        Objects.requireNonNull(accountId, "accountId");
        scopes = Set.copyOf(scopes);
    }

    /** Refuses unless this caller acts for {@code account} with a scope that grants {@code needed}. */
    public void require(AccountId account, Scope needed) {
        if (!accountId.equals(account)) {
            throw new AccessDeniedException(ErrorCode.ACCOUNT_MISMATCH,
                    "this token belongs to account " + accountId + ", not " + account);
        }
        require(needed);
    }

    /** Refuses unless one of this caller's scopes grants {@code needed}. */
    public void require(Scope needed) {
        if (scopes.stream().noneMatch(scope -> scope.grants(needed))) {
            throw new AccessDeniedException(ErrorCode.INSUFFICIENT_SCOPE,
                    "this call needs the scope " + needed.wireName());
        }
    }
}
