package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractStoresContractTest;
import io.onboard.application.port.out.Persistence;

/** The Stores contract, held against the in-memory ports. */
class InMemoryStoresContractTest extends AbstractStoresContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
