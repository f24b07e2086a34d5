package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractSequencesContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Sequences contract, held against the in-memory ports. */
class InMemorySequencesContractTest extends AbstractSequencesContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
