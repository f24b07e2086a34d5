package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractPayoutDestinationsContractTest;
import io.onboard.application.port.out.Persistence;

/** The PayoutDestinations contract, held against the in-memory ports. */
class InMemoryPayoutDestinationsContractTest extends AbstractPayoutDestinationsContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
