package com.example.pos.storage;

import io.onboard.application.contract.AbstractSequencesContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for store and terminal counters. */
class PosSequencesContractTest extends AbstractSequencesContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
