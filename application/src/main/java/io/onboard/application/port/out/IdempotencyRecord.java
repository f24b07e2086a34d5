package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The first response to a request sent with an {@code Idempotency-Key}: replayed to a retry of the same
 * request for {@link #RETENTION}, refused to a different request under the same key. With the body go the
 * version of the resource it shows and where a created one lives, when there are such, so that the replay
 * carries the same {@code ETag} and {@code Location} as the first answer.
 */
public record IdempotencyRecord(AccountId account, String key, String requestFingerprint, int status,
                                String responseBody, Long responseVersion, String responseLocation,
                                Instant createdAt) {
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
