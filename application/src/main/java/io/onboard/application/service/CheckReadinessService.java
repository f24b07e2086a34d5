package io.onboard.application.service;

import io.onboard.application.port.in.terminal.CheckReadinessUseCase;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;

/** Reports every enrollment check of a terminal of the account; an unknown terminal is {@code NOT_FOUND}. */
public final class CheckReadinessService implements CheckReadinessUseCase {
    private final Terminals terminals;
    private final Chains chains;
    private final Transactions transactions;

    CheckReadinessService(Terminals terminals, Chains chains, Transactions transactions) {
        this.terminals = terminals;
        this.chains = chains;
        this.transactions = transactions;
    }

    @Override
    public Readiness check(AccountId accountId, String terminalId) {
        TerminalId id = Lookups.terminalId(terminalId);
        return transactions.reading(() -> {
            Terminal terminal = terminals.get(accountId, id);
            return chains.readiness(id.value(), Optional.of(terminal));
        });
    }
}
