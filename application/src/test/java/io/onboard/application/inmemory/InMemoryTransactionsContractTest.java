package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractTransactionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The Transactions contract, held against the in-memory ports. */
class InMemoryTransactionsContractTest extends AbstractTransactionsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return InMemoryStorage.create().onboarding();
    }
}
