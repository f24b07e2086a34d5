package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractTerminalsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Terminals contract, held against the in-memory ports. */
class InMemoryTerminalsContractTest extends AbstractTerminalsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
