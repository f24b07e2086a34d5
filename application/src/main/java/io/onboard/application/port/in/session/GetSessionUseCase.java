package io.onboard.application.port.in.session;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;

/** Reads one terminal session of an account. */
public interface GetSessionUseCase {
    TerminalSession get(AccountId accountId, String sessionId);

    default TerminalSession get(AccountId accountId, SessionId sessionId) {
        return get(accountId, sessionId.value());
    }
}
