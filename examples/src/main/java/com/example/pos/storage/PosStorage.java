package com.example.pos.storage;

import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.application.port.out.OnboardingStorage;

/**
 * A point-of-sale system's own storage for Onboard: in-process tables whose transactions keep an undo log,
 * proven by Onboard's storage contract tests (see {@code PosTerminalsContractTest}).
 */
public final class PosStorage {
    private PosStorage() {
    }

    /** New, empty storage; every port shares one {@link io.onboard.application.port.out.Transactions}. */
    public static OnboardingStorage create() {
        PosTransactions transactions = new PosTransactions();
        PosSellers sellers = new PosSellers(transactions);
        PosStores stores = new PosStores(transactions);
        PosTerminals terminals = new PosTerminals(transactions, stores);
        return new OnboardingStorage(new PosAccounts(transactions), sellers, stores, terminals, new PosSequences(),
                new PosSessions(transactions), new PosEvents(transactions), transactions,
                new PosEnrollmentChains(transactions, EnrollmentChains.over(terminals, stores, sellers)));
    }
}
