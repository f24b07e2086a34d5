package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractTransactionsContractTest;
import io.onboard.application.port.out.Persistence;

/** The Transactions contract, held against the in-memory ports. */
class InMemoryTransactionsContractTest extends AbstractTransactionsContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
