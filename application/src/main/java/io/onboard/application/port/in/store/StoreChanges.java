package io.onboard.application.port.in.store;

import io.onboard.application.port.in.ContactParts;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.domain.seller.PayoutDestinationId;

/**
 * The parts a store's builders share, named once: its details and the seller it is linked to. A store created
 * or updated through a builder fills these; the builder adds what is its own (ids, status, version).
 */
abstract class StoreChanges<B extends StoreChanges<B>> extends ContactParts<B> {
    String storeName;
    StoreOrganizationInput organization;
    PayoutDestinationRefInput payoutDestination;
    CoordinatesInput coordinates;

    public B storeName(String storeName) {
        this.storeName = storeName;
        return self();
    }

    /** The store's legal entity: must be its seller's organization number, or left out to take the seller's. */
    public B organization(StoreOrganizationInput organization) {
        this.organization = organization;
        return self();
    }

    /** The seller of record the store pays out to. */
    public B payoutDestination(PayoutDestinationId seller) {
        return payoutDestination(seller.value());
    }

    public B payoutDestination(String sellerId) {
        this.payoutDestination = new PayoutDestinationRefInput(sellerId);
        return self();
    }

    public B coordinates(CoordinatesInput coordinates) {
        this.coordinates = coordinates;
        return self();
    }
}
