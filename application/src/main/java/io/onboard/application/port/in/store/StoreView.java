package io.onboard.application.port.in.store;

import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import java.util.Objects;
import java.util.Optional;

/** A store as reads show it: with its seller (empty if that link is broken) and its live terminal count. */
public record StoreView(Store store, Optional<PayoutDestination> seller, long numberOfTerminals) {
    public StoreView {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(seller, "seller");
    }

    /** True while the linked seller is {@code ACTIVE} and the organization numbers match. */
    public boolean verified() {
        return seller.map(store::isVerifiedBy).orElse(false);
    }
}
