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

    /**
     * Called in a transaction: holds off every other transaction that waits for the same account and key, in any
     * process, until this one ends, so that of requests with one key sent to several servers at once only the first
     * runs and the others find its record. By default nothing: a storage whose writers take turns anyway (one process,
     * one writer) needs no more.
     */
    default void awaitTurn(AccountId account, String key) {
    }
}
