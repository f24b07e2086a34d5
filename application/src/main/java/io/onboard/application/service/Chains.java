package io.onboard.application.service;

import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;
import java.util.Optional;

/** Loads a terminal's chain (store, then seller) and evaluates its enrollment. */
final class Chains {
    private final Stores stores;
    private final PayoutDestinations sellers;

    Chains(Stores stores, PayoutDestinations sellers) {
        this.stores = stores;
        this.sellers = sellers;
    }

    Readiness readiness(String requestedTerminalId, Optional<Terminal> terminal) {
        Optional<Store> store = terminal.flatMap(t -> stores.find(t.storeId()));
        return Enrollment.evaluate(requestedTerminalId, terminal, store,
                store.flatMap(s -> sellers.find(s.accountId(), s.payoutDestinationId())));
    }
}
