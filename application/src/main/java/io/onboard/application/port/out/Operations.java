package io.onboard.application.port.out;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Terminal operations (SPEC 10), at most one {@code PENDING} per terminal, which the storage itself guarantees. */
public interface Operations {
    /**
     * Stores a new {@code PENDING} operation, at version 1; {@code OperationInProgressException} when the terminal
     * already has one pending, even if it was stored a moment ago by a concurrent writer.
     */
    TerminalOperation add(TerminalOperation operation);

    /** Saves a changed operation if it is still at the version it was read at; {@code CONCURRENT_MODIFICATION} if not. */
    TerminalOperation update(TerminalOperation operation);

    Optional<TerminalOperation> find(AccountId account, OperationId id);

    /** The terminal's pending operation, if it has one. */
    Optional<TerminalOperation> pendingOn(TerminalId terminal);

    /** A page of one terminal's operations, newest last (in the order started). */
    Page<TerminalOperation> list(TerminalId terminal, PageRequest page);

    /**
     * The worker's queue: up to {@code limit} pending operations of every account that are not handed to their device
     * yet or are past their deadline at {@code now}, oldest first. Those handed over and still within their deadline
     * are left out, so that any number of devices slow to answer hold up no operation started after them.
     */
    List<TerminalOperation> due(Instant now, int limit);

    /** Where a list resumes after {@code operation}. */
    static Cursor cursorAfter(TerminalOperation operation) {
        return new Cursor(operation.createdAt().toEpochMilli(), operation.id().value());
    }
}
