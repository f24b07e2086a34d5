package com.example.pos.storage;

import io.onboard.application.port.out.Sessions;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.TerminalSession;
import java.util.HashMap;
import java.util.Optional;

/** The POS's accepted terminal sessions. */
final class PosSessions implements Sessions {
    private final PosTransactions transactions;
    private final UndoableMap<SessionId, TerminalSession> sessions;

    PosSessions(PosTransactions transactions) {
        this.transactions = transactions;
        this.sessions = new UndoableMap<>(new HashMap<>(), transactions);
    }

    @Override
    public void add(TerminalSession session) {
        // Session ids are random UUIDs: a clash means a broken generator, not a client's mistake.
        transactions.write(() -> sessions.putNew(session.id(), session,
                existing -> new IllegalStateException("session " + session.id() + " is stored already")));
    }

    @Override
    public Optional<TerminalSession> find(SessionId id) {
        return transactions.read(() -> sessions.get(id));
    }
}
