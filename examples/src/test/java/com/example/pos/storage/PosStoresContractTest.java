package com.example.pos.storage;

import io.onboard.application.contract.AbstractStoresContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for stores. */
class PosStoresContractTest extends AbstractStoresContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
