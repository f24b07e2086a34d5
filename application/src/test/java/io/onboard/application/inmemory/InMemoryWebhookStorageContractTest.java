package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractWebhookStorageContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.WebhookStorage;

/** The webhook storage contract, held against the in-memory ports. */
class InMemoryWebhookStorageContractTest extends AbstractWebhookStorageContractTest {
    private InMemoryStorage memory;

    @Override
    protected OnboardingStorage newStorage() {
        memory = InMemoryStorage.create();
        return memory.onboarding();
    }

    @Override
    protected WebhookStorage webhookStorage() {
        return memory.webhooks();
    }
}
