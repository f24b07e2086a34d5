package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractSessionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Sessions contract, held against the in-memory ports. */
class InMemorySessionsContractTest extends AbstractSessionsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
