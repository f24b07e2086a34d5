package io.onboard.application.port.in.session;

import io.onboard.domain.session.TerminalSession;

/** Accepts a terminal session only for an enrolled terminal of the named store and seller. */
public interface CreateSessionUseCase {
    TerminalSession create(CreateSessionCommand command);
}
