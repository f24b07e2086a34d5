package io.onboard.application.inmemory;

import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisionings;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory queue of terminals waiting for a provider that settles later, one attempt per terminal. */
final class InMemoryProvisionings implements Provisionings {
    private final InMemoryDatabase db;

    InMemoryProvisionings(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(PendingProvisioning pending) {
        db.read(s -> s.provisionings.put(pending.terminalId(), pending));
    }

    @Override
    public boolean handOver(PendingProvisioning pending, Instant at) {
        return db.read(s -> {
            PendingProvisioning kept = s.provisionings.get(pending.terminalId());
            if (kept == null || !kept.attempt().equals(pending.attempt()) || kept.handedOverAt().isPresent()) {
                return false;
            }
            s.provisionings.put(kept.terminalId(), new PendingProvisioning(kept.accountId(), kept.terminalId(),
                    kept.attempt(), kept.deadline(), Optional.of(at)));
            return true;
        });
    }

    @Override
    public void remove(PendingProvisioning pending) {
        db.read(s -> s.provisionings.computeIfPresent(pending.terminalId(),
                (terminal, kept) -> kept.attempt().equals(pending.attempt()) ? null : kept));
    }

    @Override
    public List<PendingProvisioning> due(Instant now, int limit) {
        return db.read(s -> s.provisionings.values().stream()
                .filter(p -> p.handedOverAt().isEmpty() || p.isOverdue(now))
                .sorted(Comparator.comparing(PendingProvisioning::deadline)).limit(limit).toList());
    }

    @Override
    public Optional<PendingProvisioning> find(TerminalId terminal) {
        return db.read(s -> Optional.ofNullable(s.provisionings.get(terminal)));
    }
}
