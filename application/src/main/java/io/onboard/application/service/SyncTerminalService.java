package io.onboard.application.service;

import io.onboard.application.port.in.terminal.SyncTerminalUseCase;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;

/** Puts a failed or hung terminal back to {@code PENDING} and provisions it again. */
public final class SyncTerminalService implements SyncTerminalUseCase {
    private final Stores stores;
    private final Terminals terminals;
    private final TerminalProvisioner provisioner;
    private final Transactions transactions;
    private final Clock clock;

    SyncTerminalService(Stores stores, Terminals terminals, TerminalProvisioner provisioner, Transactions transactions,
                        Clock clock) {
        this.stores = stores;
        this.terminals = terminals;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TerminalView sync(TerminalCommand command) {
        TerminalId id = Lookups.terminalId(command.terminalId());
        TerminalView retried = transactions.inTransaction(() -> {
            Terminal terminal = terminals.get(command.accountId(), id);
            Versions.require(command.expectedVersion(), terminal.version(), "terminal", id.value());
            Store store = stores.find(terminal.storeId()).orElseThrow();
            Terminal updated = terminals.update(provisioner.beforeStoring(terminal.retrySync(store, clock.now()), store));
            provisioner.afterStoring(updated);
            return new TerminalView(updated, store);
        });
        return new TerminalView(provisioner.afterCommit(retried.terminal(), retried.store()), retried.store());
    }
}
