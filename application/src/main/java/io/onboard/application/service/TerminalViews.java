package io.onboard.application.service;

import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.terminal.Terminal;

/** Builds the read view of a terminal: the terminal and its store, for the merchant {@code store_id}. */
final class TerminalViews {
    private final Stores stores;

    TerminalViews(Stores stores) {
        this.stores = stores;
    }

    TerminalView of(Terminal terminal) {
        return new TerminalView(terminal, stores.find(terminal.storeId()).orElseThrow(() ->
                new IllegalStateException("terminal " + terminal.terminalId() + " points at missing store " + terminal.storeId())));
    }
}
