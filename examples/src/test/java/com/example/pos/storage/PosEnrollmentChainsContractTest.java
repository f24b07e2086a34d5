package com.example.pos.storage;

import io.onboard.application.contract.AbstractEnrollmentChainsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for enrollment chains. */
class PosEnrollmentChainsContractTest extends AbstractEnrollmentChainsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
