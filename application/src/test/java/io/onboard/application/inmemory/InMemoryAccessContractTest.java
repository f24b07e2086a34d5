package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractAccessContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.AccessStorage;

/** The ApiClients and AccessTokens contracts, held against the in-memory ports. */
class InMemoryAccessContractTest extends AbstractAccessContractTest {
    private InMemoryStorage memory;

    @Override
    protected OnboardingStorage newStorage() {
        memory = InMemoryStorage.create();
        return memory.onboarding();
    }

    @Override
    protected AccessStorage newAccessStorage() {
        return memory.access();
    }
}
