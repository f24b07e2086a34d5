package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractEventsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Events contract, held against the in-memory ports. */
class InMemoryEventsContractTest extends AbstractEventsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
