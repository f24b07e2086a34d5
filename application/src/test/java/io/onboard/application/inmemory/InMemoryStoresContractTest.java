package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractStoresContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Stores contract, held against the in-memory ports. */
class InMemoryStoresContractTest extends AbstractStoresContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
