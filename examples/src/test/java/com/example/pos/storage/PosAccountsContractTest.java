package com.example.pos.storage;

import io.onboard.application.contract.AbstractAccountsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for operator accounts. */
class PosAccountsContractTest extends AbstractAccountsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
