package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.operation.ListOperationsUseCase;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.TerminalId;

/** Lists a terminal's operations a page at a time; the terminal must be the account's. */
public final class ListOperationsService implements ListOperationsUseCase {
    private final Terminals terminals;
    private final Operations operations;

    ListOperationsService(Terminals terminals, Operations operations) {
        this.terminals = terminals;
        this.operations = operations;
    }

    @Override
    public Page<TerminalOperation> list(AccountId accountId, String terminalId, Integer limit, String startingAfter) {
        Input in = new Input();
        PageRequest page = Inputs.page(in, limit, startingAfter);
        in.done();
        TerminalId id = Lookups.terminalId(terminalId);
        terminals.get(accountId, id);
        return operations.list(id, page);
    }
}
