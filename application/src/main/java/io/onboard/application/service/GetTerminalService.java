package io.onboard.application.service;

import io.onboard.application.port.in.terminal.GetTerminalUseCase;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.TerminalId;

/** Reads one terminal, deleted ones included (they show {@code deleted_at}). */
public final class GetTerminalService implements GetTerminalUseCase {
    private final Terminals terminals;
    private final TerminalViews views;
    private final Transactions transactions;

    GetTerminalService(Terminals terminals, TerminalViews views, Transactions transactions) {
        this.terminals = terminals;
        this.views = views;
        this.transactions = transactions;
    }

    @Override
    public TerminalView get(AccountId accountId, String terminalId) {
        TerminalId id = Lookups.terminalId(terminalId);
        return transactions.reading(() -> views.of(terminals.get(accountId, id)));
    }
}
