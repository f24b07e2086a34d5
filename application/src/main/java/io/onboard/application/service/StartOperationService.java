package io.onboard.application.service;

import io.onboard.application.port.in.operation.StartOperationCommand;
import io.onboard.application.port.in.operation.StartOperationUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.operation.OperationId;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts an operation: the terminal must be the account's and ACTIVE, and have none pending. The check here
 * answers at once; the storage's own guarantee decides between concurrent starts, so exactly one wins.
 */
public final class StartOperationService implements StartOperationUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Terminals terminals;
    private final Operations operations;
    private final PendingOperations pending;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration timeout;

    StartOperationService(Terminals terminals, Operations operations, PendingOperations pending,
                          Transactions transactions, Clock clock, Duration timeout) {
        this.terminals = terminals;
        this.operations = operations;
        this.pending = pending;
        this.transactions = transactions;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public TerminalOperation start(StartOperationCommand command) {
        Input in = validator.check(command);
        OperationType type = in.parse("operation", command.operation(), OperationType::parse);
        in.done();
        TerminalId id = Lookups.terminalId(command.terminalId());
        return transactions.inTransaction(() -> {
            Terminal terminal = terminals.get(command.accountId(), id);
            Instant now = clock.now();
            pending.requireNone(id, now);
            TerminalOperation started = TerminalOperation.start(OperationId.at(now, ThreadLocalRandom.current()),
                    terminal, type, timeout, now);
            return operations.add(started);
        });
    }
}
