package io.onboard.application.service;

import io.onboard.application.port.in.access.AuthenticateUseCase;
import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.Clock;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.Caller;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;

/** Checks a presented bearer token against the stored hashes and its expiry. */
public final class AuthenticateService implements AuthenticateUseCase {
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
        AccessToken token = tokens.find(SecretHash.of(bearerToken))
                .orElseThrow(() -> new AccessDeniedException(ErrorCode.UNAUTHORIZED, "the bearer token is not valid"));
        if (token.isExpiredAt(clock.now())) {
            throw new AccessDeniedException(ErrorCode.UNAUTHORIZED, "the bearer token has expired; request a new one");
        }
        return new Caller(token.accountId(), token.scopes());
    }
}
