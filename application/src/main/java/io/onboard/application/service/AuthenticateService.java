package io.onboard.application.service;

import io.onboard.application.port.in.access.AuthenticateUseCase;
import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.Clock;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.Caller;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a presented bearer token against the stored hashes and its expiry. A token, once found, is kept in
 * memory, so most API requests are spared a database read; but it is read again once its last check is
 * {@link AuthenticateUseCase#RECHECK} old, so a token revoked through any server on the same database stops working
 * here within that time.
 */
public final class AuthenticateService implements AuthenticateUseCase {
    /** Enough for every live token of a busy deployment; past it the memory starts over rather than grows. */
    private static final int MAX_KNOWN = 10_000;

    private final Map<SecretHash, Known> known = new ConcurrentHashMap<>();
    private final AccessTokens tokens;
    private final Clock clock;

    AuthenticateService(AccessTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Caller authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank() || bearerToken.length() > 512) {
            throw new AccessDeniedException(ErrorCode.UNAUTHORIZED, "a valid bearer token is required");
        }
        SecretHash hash = SecretHash.of(bearerToken);
        Instant now = clock.now();
        Known cached = known.get(hash);
        AccessToken token;
        if (cached != null && !now.isAfter(cached.checkedAt().plus(RECHECK))) {
            token = cached.token();
        } else {
            token = tokens.find(hash).orElse(null);
            if (token == null) {
                known.remove(hash);
                throw new AccessDeniedException(ErrorCode.UNAUTHORIZED, "the bearer token is not valid");
            }
            if (known.size() >= MAX_KNOWN) {
                known.clear();
            }
            known.put(hash, new Known(token, now));
        }
        if (token.isExpiredAt(now)) {
            known.remove(hash);
            throw new AccessDeniedException(ErrorCode.UNAUTHORIZED, "the bearer token has expired; request a new one");
        }
        return new Caller(token.accountId(), token.scopes());
    }

    /** A token as the storage had it at {@code checkedAt}. */
    private record Known(AccessToken token, Instant checkedAt) {
    }
}
