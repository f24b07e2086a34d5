package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;

/** Remembered responses to idempotent requests, one per account and key. */
public interface IdempotencyRecords {
    /** Remembers a response; {@code IDEMPOTENCY_KEY_REUSED} when the account already has one under this key. */
    void add(IdempotencyRecord record);

    Optional<IdempotencyRecord> find(AccountId account, String key);

    /** Forgets records created before {@code cutoff}; returns how many. */
    int deleteCreatedBefore(Instant cutoff);
}
