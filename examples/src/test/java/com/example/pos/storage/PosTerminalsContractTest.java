package com.example.pos.storage;

import io.onboard.application.contract.AbstractTerminalsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for terminals. */
class PosTerminalsContractTest extends AbstractTerminalsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
