package com.example.pos.storage;

import io.onboard.application.contract.AbstractSessionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for terminal sessions. */
class PosSessionsContractTest extends AbstractSessionsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
