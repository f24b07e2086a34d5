package io.onboard.application.inmemory;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Operations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.OperationInProgressException;
import io.onboard.domain.operation.OperationStatus;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory terminal operations; the one-pending-per-terminal check runs under the database's lock. */
final class InMemoryOperations implements Operations {
    private final InMemoryDatabase db;

    InMemoryOperations(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public TerminalOperation add(TerminalOperation operation) {
        return db.read(s -> {
            s.operations.values().stream().filter(o -> o.terminalId().equals(operation.terminalId())
                    && o.status() == OperationStatus.PENDING).findFirst().ifPresent(running -> {
                        throw new OperationInProgressException(running, operation.createdAt());
                    });
            if (s.operations.putIfAbsent(operation.id(), operation.storedAt(1)) != null) {
                throw new IllegalStateException("operation id " + operation.id() + " was generated twice");
            }
            return operation.storedAt(1);
        });
    }

    @Override
    public TerminalOperation update(TerminalOperation operation) {
        return db.read(s -> {
            TerminalOperation stored = s.operations.get(operation.id());
            if (stored == null) {
                throw new NotFoundException("operation", operation.id().value());
            }
            InMemoryDatabase.requireVersion(stored.version(), operation.version(), "operation " + operation.id());
            TerminalOperation saved = operation.storedAt(stored.version() + 1);
            s.operations.put(saved.id(), saved);
            return saved;
        });
    }

    @Override
    public Optional<TerminalOperation> find(AccountId account, OperationId id) {
        return db.read(s -> Optional.ofNullable(s.operations.get(id)).filter(o -> o.accountId().equals(account)));
    }

    @Override
    public Optional<TerminalOperation> pendingOn(TerminalId terminal) {
        return db.read(s -> s.operations.values().stream()
                .filter(o -> o.terminalId().equals(terminal) && o.status() == OperationStatus.PENDING).findFirst());
    }

    @Override
    public Page<TerminalOperation> list(TerminalId terminal, PageRequest page) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.operations.values()),
                o -> o.terminalId().equals(terminal), Operations::cursorAfter, page));
    }

    @Override
    public List<TerminalOperation> due(Instant now, int limit) {
        return db.read(s -> s.operations.values().stream().filter(o -> o.status() == OperationStatus.PENDING
                        && (o.sentAt().isEmpty() || o.isOverdue(now)))
                .sorted(Comparator.comparing(TerminalOperation::createdAt)).limit(limit).toList());
    }
}
