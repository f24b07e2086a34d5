package io.onboard.application.port.in.terminal;

import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;
import java.util.Objects;

/** A terminal with its store, so reads can show the merchant {@code store_id} rather than the server id. */
public record TerminalView(Terminal terminal, Store store) {
    public TerminalView {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(store, "store");
    }
}
