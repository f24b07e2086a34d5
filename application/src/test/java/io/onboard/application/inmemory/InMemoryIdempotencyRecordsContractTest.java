package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractIdempotencyRecordsContractTest;
import io.onboard.application.port.out.Persistence;

/** The IdempotencyRecords contract, held against the in-memory ports. */
class InMemoryIdempotencyRecordsContractTest extends AbstractIdempotencyRecordsContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
