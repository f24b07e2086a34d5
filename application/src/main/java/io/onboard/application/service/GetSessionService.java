package io.onboard.application.service;

import io.onboard.application.port.in.session.GetSessionUseCase;
import io.onboard.application.port.out.Sessions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;

/** Reads one session; another account's session is as unknown as one that never existed. */
public final class GetSessionService implements GetSessionUseCase {
    private final Sessions sessions;

    GetSessionService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public TerminalSession get(AccountId accountId, String sessionId) {
        try {
            return sessions.find(new SessionId(sessionId)).filter(s -> s.accountId().equals(accountId))
                    .orElseThrow(() -> new NotFoundException("session", sessionId));
        } catch (InvalidValueException | NullPointerException e) {
            throw new NotFoundException("session", String.valueOf(sessionId));
        }
    }
}
