package com.example.pos.storage;

import io.onboard.application.contract.AbstractTransactionsContractTest;
import io.onboard.application.port.out.OnboardingStorage;

/** The POS's own storage keeps Onboard's contract for undo-log transactions. */
class PosTransactionsContractTest extends AbstractTransactionsContractTest {
    @Override
    protected OnboardingStorage newStorage() {
        return PosStorage.create();
    }
}
