package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.terminal.TerminalId;

/** Tells whether a terminal is enrolled, with the outcome of every enrollment check. */
public interface CheckReadinessUseCase {
    Readiness check(AccountId accountId, String terminalId);

    default Readiness check(AccountId accountId, TerminalId terminalId) {
        return check(accountId, terminalId.value());
    }
}
