package io.onboard.application.service;

import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.seller.PayoutDestination;

/** Builds the read view of a seller: the seller and its live store and terminal counts. */
final class SellerViews {
    private final Stores stores;
    private final Terminals terminals;

    SellerViews(Stores stores, Terminals terminals) {
        this.stores = stores;
        this.terminals = terminals;
    }

    PayoutDestinationView of(PayoutDestination seller) {
        return new PayoutDestinationView(seller,
                stores.countLinkedTo(seller.accountId(), seller.id()),
                terminals.countLiveLinkedTo(seller.accountId(), seller.id()));
    }
}
