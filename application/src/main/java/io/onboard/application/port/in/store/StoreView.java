package io.onboard.application.port.in.store;

import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A store as reads show it: with its seller (empty if that link is broken) and its live terminal count. A
 * store has two ids: {@link #serverId()}, which Onboard gives it, and {@link #storeId()}, the merchant's own.
 */
public record StoreView(Store store, Optional<PayoutDestination> seller, long numberOfTerminals) {
    public StoreView {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(seller, "seller");
    }

    /** True while the linked seller is {@code ACTIVE} and the organization numbers match. */
    public boolean verified() {
        return seller.map(store::isVerifiedBy).orElse(false);
    }

    /** The id Onboard gave the store ({@code T11223351-0001}, the API's {@code id}); terminals register to it. */
    public StoreServerId serverId() {
        return store.id();
    }

    /** The merchant's own id ({@code oslo-center}, the API's {@code store_id}); sessions name the store by it. */
    public StoreId storeId() {
        return store.storeId();
    }

    public String storeName() {
        return store.profile().name();
    }

    public StoreStatus status() {
        return store.status();
    }

    /** The seller of record the store pays out to. */
    public PayoutDestinationId payoutDestinationId() {
        return store.payoutDestinationId();
    }

    /** The version an update or delete names to be sure nothing changed meanwhile (the HTTP ETag). */
    public long version() {
        return store.version();
    }
}
