package io.onboard.application.service;

import io.onboard.application.port.in.terminal.GetTerminalUseCase;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.account.AccountId;

/** Reads one terminal, deleted ones included (they show {@code deleted_at}). */
public final class GetTerminalService implements GetTerminalUseCase {
    private final Terminals terminals;
    private final TerminalViews views;

    GetTerminalService(Terminals terminals, TerminalViews views) {
        this.terminals = terminals;
        this.views = views;
    }

    @Override
    public TerminalView get(AccountId accountId, String terminalId) {
        return views.of(terminals.get(accountId, Lookups.terminalId(terminalId)));
    }
}
