package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractAccountsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Accounts contract, held against the in-memory ports. */
class InMemoryAccountsContractTest extends AbstractAccountsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
