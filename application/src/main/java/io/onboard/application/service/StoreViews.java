package io.onboard.application.service;

import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.store.Store;

/** Builds the read view of a store: the store, its seller and its live terminal count. */
final class StoreViews {
    private final PayoutDestinations sellers;
    private final Terminals terminals;

    StoreViews(PayoutDestinations sellers, Terminals terminals) {
        this.sellers = sellers;
        this.terminals = terminals;
    }

    StoreView of(Store store) {
        return new StoreView(store, sellers.find(store.accountId(), store.payoutDestinationId()),
                terminals.countLiveIn(store.id()));
    }
}
