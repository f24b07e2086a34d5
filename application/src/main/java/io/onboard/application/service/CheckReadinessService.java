package io.onboard.application.service;

import io.onboard.application.port.in.terminal.CheckReadinessUseCase;
import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.terminal.TerminalId;

/** Reports every enrollment check of a terminal of the account; an unknown terminal is {@code NOT_FOUND}. */
public final class CheckReadinessService implements CheckReadinessUseCase {
    private final EnrollmentChains chains;
    private final Transactions transactions;

    CheckReadinessService(EnrollmentChains chains, Transactions transactions) {
        this.chains = chains;
        this.transactions = transactions;
    }

    @Override
    public Readiness check(AccountId accountId, String terminalId) {
        TerminalId id = Lookups.terminalId(terminalId);
        EnrollmentChain chain = transactions.reading(() -> chains.chainOf(accountId, id));
        if (chain.terminal().isEmpty()) {
            throw new NotFoundException("terminal", id.value());
        }
        return Enrollment.evaluate(id.value(), chain);
    }
}
