package io.onboard.application.port.out;

import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.SecretHash;
import java.time.Instant;
import java.util.Optional;

/** Issued bearer tokens, looked up by the hash of the token a caller presents. */
public interface AccessTokens {
    void add(AccessToken token);

    Optional<AccessToken> find(SecretHash tokenHash);

    /** Forgets tokens that have expired at {@code now} (see {@link AccessToken#isExpiredAt}); returns how many. */
    int deleteExpired(Instant now);

    /** Forgets every token issued to the client; returns how many. */
    int deleteOf(String clientId);
}
