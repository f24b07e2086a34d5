package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractOperationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;

/** The Operations contract, held against the in-memory ports. */
class InMemoryOperationsContractTest extends AbstractOperationsContractTest {
    private InMemoryStorage memory;

    @Override
    protected OnboardingStorage newStorage() {
        memory = InMemoryStorage.create();
        return memory.onboarding();
    }

    @Override
    protected Operations operationsStorage() {
        return memory.operations();
    }
}
