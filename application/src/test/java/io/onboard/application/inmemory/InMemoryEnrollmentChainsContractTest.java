package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractEnrollmentChainsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The EnrollmentChains contract, held against the chains composed from the in-memory aggregate ports. */
class InMemoryEnrollmentChainsContractTest extends AbstractEnrollmentChainsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
