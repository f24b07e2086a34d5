package io.onboard.application.inmemory;

import static io.onboard.application.inmemory.InMemoryState.key;

import io.onboard.application.port.out.IdempotencyRecord;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.time.Instant;
import java.util.Optional;

/** In-memory remembered responses. */
final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    private final InMemoryDatabase db;

    InMemoryIdempotencyRecords(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(IdempotencyRecord record) {
        db.read(s -> {
            if (s.idempotency.putIfAbsent(key(record.account(), record.key()), record) != null) {
                throw new ConflictException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "idempotency key " + record.key() + " is taken");
            }
            return null;
        });
    }

    @Override
    public Optional<IdempotencyRecord> find(AccountId account, String key) {
        return db.read(s -> Optional.ofNullable(s.idempotency.get(key(account, key))));
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return db.read(s -> {
            int before = s.idempotency.size();
            s.idempotency.values().removeIf(record -> record.createdAt().isBefore(cutoff));
            return before - s.idempotency.size();
        });
    }
}
