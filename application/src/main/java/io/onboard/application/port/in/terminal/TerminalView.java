package io.onboard.application.port.in.terminal;

import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.Objects;
import java.util.Optional;

/** A terminal with its store, so reads can show the merchant {@code store_id} rather than the server id. */
public record TerminalView(Terminal terminal, Store store) {
    public TerminalView {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(store, "store");
    }

    /** The id Onboard gave the terminal ({@code T11223351-T0001}). */
    public TerminalId terminalId() {
        return terminal.terminalId();
    }

    public TerminalStatus status() {
        return terminal.status();
    }

    public SerialNumber serialNumber() {
        return terminal.serialNumber();
    }

    public DeviceModel model() {
        return terminal.model();
    }

    public Optional<String> label() {
        return terminal.label();
    }

    /** The merchant's id of the terminal's store ({@code oslo-center}), the one a session names. */
    public StoreId storeId() {
        return store.storeId();
    }

    /** The id Onboard gave the terminal's store ({@code T11223351-0001}). */
    public StoreServerId storeServerId() {
        return store.id();
    }

    /** The seller of record of the terminal's store, the third part of a session's target. */
    public PayoutDestinationId payoutDestinationId() {
        return store.payoutDestinationId();
    }

    /** The version an update or removal names to be sure nothing changed meanwhile (the HTTP ETag). */
    public long version() {
        return terminal.version();
    }
}
