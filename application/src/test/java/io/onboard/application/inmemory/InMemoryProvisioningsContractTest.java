package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractProvisioningsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Provisionings;

/** The Provisionings contract, held against the in-memory ports. */
class InMemoryProvisioningsContractTest extends AbstractProvisioningsContractTest {
    private InMemoryStorage memory;

    @Override
    protected OnboardingStorage newStorage() {
        memory = InMemoryStorage.create();
        return memory.onboarding();
    }

    @Override
    protected Provisionings provisioningsStorage() {
        return memory.provisionings();
    }
}
