package com.example.pos.storage;

import io.onboard.application.contract.AbstractPayoutDestinationsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for sellers (payout destinations). */
class PosPayoutDestinationsContractTest extends AbstractPayoutDestinationsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
