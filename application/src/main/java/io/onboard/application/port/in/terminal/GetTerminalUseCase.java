package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;

/** Reads one terminal of an account, deleted ones included. */
public interface GetTerminalUseCase {
    TerminalView get(AccountId accountId, String terminalId);
}
