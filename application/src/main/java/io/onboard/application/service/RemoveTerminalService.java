package io.onboard.application.service;

import io.onboard.application.port.in.terminal.RemoveTerminalUseCase;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;

/** Soft-deletes a terminal, freeing its serial number; not while an operation runs on it. */
public final class RemoveTerminalService implements RemoveTerminalUseCase {
    private final Terminals terminals;
    private final TerminalViews views;
    private final Transactions transactions;
    private final PendingOperations pending;
    private final Clock clock;

    RemoveTerminalService(Terminals terminals, TerminalViews views, PendingOperations pending, Transactions transactions,
                          Clock clock) {
        this.terminals = terminals;
        this.pending = pending;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TerminalView remove(TerminalCommand command) {
        TerminalId id = Lookups.terminalId(command.terminalId());
        return transactions.inTransaction(() -> {
            Terminal terminal = terminals.get(command.accountId(), id);
            Versions.require(command.expectedVersion(), terminal.version(), "terminal", id.value());
            pending.requireNone(id, clock.now());
            return views.of(terminals.update(terminal.remove(clock.now())));
        });
    }
}
