package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The first response to a request sent with an {@code Idempotency-Key}: replayed to a retry of the same
 * request for {@link #RETENTION}, refused to a different request under the same key.
 */
public record IdempotencyRecord(AccountId account, String key, String requestFingerprint, int status,
                                String responseBody, Instant createdAt) {
    public static final Duration RETENTION = Duration.ofHours(24);
    public static final int MAX_KEY_LENGTH = 255;

    public IdempotencyRecord {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        Objects.requireNonNull(responseBody, "responseBody");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isExpiredAt(Instant now) {
        return !createdAt.plus(RETENTION).isAfter(now);
    }
}
