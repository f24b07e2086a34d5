package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractIdempotencyRecordsContractTest;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.AccessStorage;

/** The IdempotencyRecords contract, held against the in-memory ports. */
class InMemoryIdempotencyRecordsContractTest extends AbstractIdempotencyRecordsContractTest {
    private InMemoryStorage memory;

    @Override
    protected OnboardingStorage newStorage() {
        memory = InMemoryStorage.create();
        return memory.onboarding();
    }

    @Override
    protected AccessStorage newAccessStorage() {
        return memory.access();
    }
}
