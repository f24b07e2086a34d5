package io.onboard.application.inmemory;

import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.out.Provisionings;
import io.onboard.application.port.out.WebhookStorage;

/** Every storage port kept in memory: for tests, and as the reference the contract tests hold storage adapters to. */
public final class InMemoryStorage {
    private final OnboardingStorage onboarding;
    private final AccessStorage access;
    private final WebhookStorage webhooks;
    private final Operations operations;
    private final Provisionings provisionings;

    private InMemoryStorage() {
        InMemoryDatabase db = new InMemoryDatabase();
        InMemoryAccess accounts = new InMemoryAccess(db);
        onboarding = new OnboardingStorage(accounts, new InMemoryPayoutDestinations(db), new InMemoryStores(db),
                new InMemoryTerminals(db), new InMemorySequences(db), new InMemorySessions(db), new InMemoryEvents(db), db);
        access = new AccessStorage(accounts, accounts, new InMemoryIdempotencyRecords(db));
        InMemoryWebhooks hooks = new InMemoryWebhooks(db);
        webhooks = new WebhookStorage(hooks, hooks);
        operations = new InMemoryOperations(db);
        provisionings = new InMemoryProvisionings(db);
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

    public WebhookStorage webhooks() {
        return webhooks;
    }

    public Operations operations() {
        return operations;
    }

    /** Terminals waiting for a provider that settles later. */
    public Provisionings provisionings() {
        return provisionings;
    }
}
