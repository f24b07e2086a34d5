package com.example.pos.storage;

import io.onboard.application.contract.AbstractEventsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for events. */
class PosEventsContractTest extends AbstractEventsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
