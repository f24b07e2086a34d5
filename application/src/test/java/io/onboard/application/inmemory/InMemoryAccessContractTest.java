package io.onboard.application.inmemory;

import io.onboard.application.contract.AbstractAccessContractTest;
import io.onboard.application.port.out.Persistence;

/** The Accounts, ApiClients and AccessTokens contracts, held against the in-memory ports. */
class InMemoryAccessContractTest extends AbstractAccessContractTest {
    @Override
    protected Persistence newPersistence() {
        return InMemoryPersistence.create();
    }
}
