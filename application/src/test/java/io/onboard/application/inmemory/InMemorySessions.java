package io.onboard.application.inmemory;

import io.onboard.application.port.out.Sessions;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;
import java.util.Optional;

/** In-memory terminal sessions. */
final class InMemorySessions implements Sessions {
    private final InMemoryDatabase db;

    InMemorySessions(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(TerminalSession session) {
        db.read(s -> {
            if (s.sessions.putIfAbsent(session.id(), session) != null) {
                throw new IllegalStateException("session id " + session.id() + " was generated twice");
            }
            return null;
        });
    }

    @Override
    public Optional<TerminalSession> find(SessionId id) {
        return db.read(s -> Optional.ofNullable(s.sessions.get(id)));
    }
}
