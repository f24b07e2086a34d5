package io.onboard.application.service;

import io.onboard.application.port.out.Stores;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import java.time.Instant;

/** The cross-aggregate effect of approval: a seller that becomes ACTIVE fills its stores' empty fields. */
final class LinkedStores {
    private final Stores stores;

    LinkedStores(Stores stores) {
        this.stores = stores;
    }

    /** Call inside the transaction that saved {@code seller}, so the stores change with it or not at all. */
    void fillFrom(PayoutDestination seller, Instant now) {
        seller.validatedData().filter(data -> seller.isActive()).ifPresent(data -> {
            for (Store store : stores.linkedTo(seller.accountId(), seller.id())) {
                if (!store.isDeleted()) {
                    Store filled = store.fillFrom(data, now);
                    if (filled != store) {
                        stores.update(filled);
                    }
                }
            }
        });
    }
}
