package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.TerminalId;

/** Reads one terminal of an account, deleted ones included. */
public interface GetTerminalUseCase {
    TerminalView get(AccountId accountId, String terminalId);

    default TerminalView get(AccountId accountId, TerminalId terminalId) {
        return get(accountId, terminalId.value());
    }
}
