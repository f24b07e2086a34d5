package io.onboard.application.paging;

import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;

/**
 * Where each listed resource sits in creation order. Stores and terminals have per-account sequence
 * numbers; sellers are ordered by creation time and then id. Every port implementation orders by these.
 */
public final class Ordering {
    private Ordering() {
    }

    public static Cursor of(Terminal terminal) {
        return new Cursor(terminal.terminalId().number(), "");
    }

    public static Cursor of(Store store) {
        return new Cursor(store.id().number(), "");
    }

    public static Cursor of(PayoutDestination seller) {
        return new Cursor(seller.createdAt().toEpochMilli(), seller.id().value());
    }
}
