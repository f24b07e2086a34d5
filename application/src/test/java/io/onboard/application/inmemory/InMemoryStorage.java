package io.onboard.application.inmemory;

import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.OnboardingStorage;

/** Every storage port kept in memory: for tests, and as the reference the contract tests hold storage adapters to. */
public final class InMemoryStorage {
    private final OnboardingStorage onboarding;
    private final AccessStorage access;

    private InMemoryStorage() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryAccess accounts = new InMemoryAccess(db);
        onboarding = new OnboardingStorage(accounts, new InMemoryPayoutDestinations(db), new InMemoryStores(db),
                new InMemoryTerminals(db), new InMemorySequences(db), new InMemorySessions(db), new InMemoryEvents(db), db);
        access = new AccessStorage(accounts, accounts, new InMemoryIdempotencyRecords(db));
    }

    public static InMemoryStorage create() {
        return new InMemoryStorage();
    }

    public OnboardingStorage onboarding() {
        return onboarding;
    }

    public AccessStorage access() {
        return access;
    }
}
