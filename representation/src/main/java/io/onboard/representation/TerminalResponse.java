package io.onboard.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;
import java.time.Instant;

/**
 * A terminal as SPEC 4 names the fields. {@code store_id} is always the merchant store id; the {@code store}
 * summary is present only when asked for ({@code includes=store}).
 */
public record TerminalResponse(String terminalId, String id, String deviceSerialNumber, String deviceModel,
                               String storeId, String status, String statusReason, String label, Instant createdAt,
                               Instant updatedAt, Instant deletedAt,
                               @JsonInclude(JsonInclude.Include.NON_NULL) StoreSummary store) {

    /** {@code store} with {@code includes=store}. */
    public record StoreSummary(String id, String storeId, String storeName) {
        static StoreSummary from(Store store) {
            return new StoreSummary(store.id().value(), store.storeId().value(), store.profile().name());
        }
    }

    public static TerminalResponse from(TerminalView view, boolean includeStore) {
        Terminal terminal = view.terminal();
        return new TerminalResponse(terminal.terminalId().value(), terminal.id().toString(),
                terminal.serialNumber().value(), terminal.model().wireName(), view.store().storeId().value(),
                terminal.status().name(), terminal.reason().map(Enum::name).orElse(null), terminal.label().orElse(null),
                terminal.createdAt(), terminal.updatedAt(), terminal.deletedAt().orElse(null),
                includeStore ? StoreSummary.from(view.store()) : null);
    }
}
