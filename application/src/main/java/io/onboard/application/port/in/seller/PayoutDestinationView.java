package io.onboard.application.port.in.seller;

import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import java.util.Objects;

/** A seller as reads show it: with how many stores and terminals it has (deleted ones not counted). */
public record PayoutDestinationView(PayoutDestination seller, long numberOfStores, long numberOfTerminals) {
    public PayoutDestinationView {
        Objects.requireNonNull(seller, "seller");
    }

    /** The merchant's id for the seller ({@code seller-1}). */
    public PayoutDestinationId payoutDestinationId() {
        return seller.id();
    }

    /** Where the KYC case stands; only an {@code ACTIVE} seller's stores can take sessions. */
    public CaseStatus caseStatus() {
        return seller.caseStatus();
    }

    /** The version an update or delete names to be sure nothing changed meanwhile (the HTTP ETag). */
    public long version() {
        return seller.version();
    }
}
