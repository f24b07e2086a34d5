package io.onboard.application.service;

import io.onboard.application.port.in.terminal.CheckReadinessUseCase;
import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.terminal.TerminalId;

/** Reports every enrollment check of a terminal of the account; an unknown terminal is {@code NOT_FOUND}. */
public final class CheckReadinessService implements CheckReadinessUseCase {
    private final EnrollmentChains chains;

    CheckReadinessService(EnrollmentChains chains) {
        this.chains = chains;
    }

    @Override
    public Readiness check(AccountId accountId, String terminalId) {
        TerminalId id = Lookups.terminalId(terminalId);
        EnrollmentChain chain = chains.chainOf(accountId, id);
        if (chain.terminal().isEmpty()) {
            throw new NotFoundException("terminal", id.value());
        }
        return Enrollment.evaluate(id.value(), chain);
    }
}
