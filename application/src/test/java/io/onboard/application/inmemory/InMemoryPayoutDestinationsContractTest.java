package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractPayoutDestinationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The PayoutDestinations contract, held against the in-memory ports. */
class InMemoryPayoutDestinationsContractTest extends AbstractPayoutDestinationsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
