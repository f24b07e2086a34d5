package io.onboard.application.port.out;

import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;
import java.util.Optional;

/** Accepted terminal sessions. */
public interface Sessions {
    void add(TerminalSession session);

    Optional<TerminalSession> find(SessionId id);
}
