package io.onboard.application.port.in.seller;

import io.onboard.domain.seller.PayoutDestination;
import java.util.Objects;

/** A seller as reads show it: with how many stores and terminals it has (deleted ones not counted). */
public record PayoutDestinationView(PayoutDestination seller, long numberOfStores, long numberOfTerminals) {
    public PayoutDestinationView {
        Objects.requireNonNull(seller, "seller");
    }
}
