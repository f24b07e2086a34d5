package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractSequencesContractTest;
import io.onboard.application.port.out.Persistence;

/** The Sequences contract, held against the in-memory ports. */
class InMemorySequencesContractTest extends AbstractSequencesContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
