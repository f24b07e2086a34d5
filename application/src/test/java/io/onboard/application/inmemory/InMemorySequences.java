package io.onboard.application.inmemory;

import io.onboard.application.port.out.Sequences;
import io.onboard.domain.account.AccountId;

/** In-memory per-account counters. */
final class InMemorySequences implements Sequences {
    private final InMemoryDatabase db;

    InMemorySequences(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public long nextStoreNumber(AccountId account) {
        return next(account.value() + "/store");
    }

    @Override
    public long nextTerminalNumber(AccountId account) {
        return next(account.value() + "/terminal");
    }

    private long next(String counter) {
        return db.read(s -> s.sequences.merge(counter, 1L, Long::sum));
    }
}
