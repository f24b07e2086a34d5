package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractTerminalsContractTest;
import io.onboard.application.port.out.Persistence;

/** The Terminals contract, held against the in-memory ports. */
class InMemoryTerminalsContractTest extends AbstractTerminalsContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
