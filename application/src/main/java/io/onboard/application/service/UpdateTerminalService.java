package io.onboard.application.service;

import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.in.terminal.UpdateTerminalCommand;
import io.onboard.application.port.in.terminal.UpdateTerminalUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.common.Text;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.time.Instant;

/** Changes a terminal's model, label, store or merchant status, all in one optimistic write. */
public final class UpdateTerminalService implements UpdateTerminalUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Stores stores;
    private final Terminals terminals;
    private final TerminalViews views;
    private final Transactions transactions;
    private final Clock clock;

    UpdateTerminalService(Stores stores, Terminals terminals, TerminalViews views, Transactions transactions, Clock clock) {
        this.stores = stores;
        this.terminals = terminals;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TerminalView update(UpdateTerminalCommand command) {
        TerminalId id = Lookups.terminalId(command.terminalId());
        Input in = validator.check(command);
        DeviceModel model = in.parse("device_model", command.deviceModel(), DeviceModel::parse);
        String label = command.label() == null ? null
                : in.value("label", () -> Text.optional(command.label(), Terminal.MAX_LABEL_LENGTH, "label"));
        StoreRef storeRef = in.parse("store_id", command.storeId(), StoreRef::parse);
        TerminalStatus status = in.parse("status", command.status(), TerminalStatus::parse);
        in.done();

        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Terminal terminal = terminals.get(command.accountId(), id);
            Versions.require(command.expectedVersion(), terminal.version(), "terminal", id.value());
            Terminal next = terminal;
            if (model != null) {
                next = next.changeModel(model, now);
            }
            if (command.label() != null) {
                next = next.relabel(label, now);
            }
            if (storeRef != null) {
                Store store = stores.find(command.accountId(), storeRef).filter(s -> !s.isDeleted())
                        .orElseThrow(() -> RegisterTerminalService.storeNotFound(command.storeId()));
                next = next.moveTo(store, now);
            }
            if (status != null) {
                next = next.changeStatus(status, now);
            }
            return views.of(terminals.update(next));
        });
    }
}
