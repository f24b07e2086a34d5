package io.onboard.application.inmemory;

import io.onboard.application.port.out.Persistence;

/** Every storage port kept in memory: for tests, and as the reference the contract tests hold storage adapters to. */
public final class InMemoryPersistence {
    private InMemoryPersistence() {
    }

    public static Persistence create() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryAccess access = new InMemoryAccess(db);
        return new Persistence(access, access, access, new InMemoryPayoutDestinations(db), new InMemoryStores(db),
                new InMemoryTerminals(db), new InMemorySequences(db), new InMemorySessions(db),
                new InMemoryIdempotencyRecords(db), db);
    }
}
