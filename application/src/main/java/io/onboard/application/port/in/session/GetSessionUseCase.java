package io.onboard.application.port.in.session;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.session.TerminalSession;

/** Reads one terminal session of an account. */
public interface GetSessionUseCase {
    TerminalSession get(AccountId accountId, String sessionId);
}
