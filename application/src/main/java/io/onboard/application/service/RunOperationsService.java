package io.onboard.application.service;

import io.onboard.application.port.in.operation.RunOperationsUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Devices;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.operation.OperationStatus;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.terminal.Terminal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * The operations worker's rules (SPEC 10). An operation is marked as handed to its device, in a transaction, before
 * the device is asked: so after a crash it is never handed over twice, and one handed over before the crash waits
 * for its deadline. An answer settles it only if it is still pending; a pending one past its deadline times out.
 */
public final class RunOperationsService implements RunOperationsUseCase {
    static final int ROUND = 100;
    private final Terminals terminals;
    private final Operations operations;
    private final Devices devices;
    private final Transactions transactions;
    private final Clock clock;

    RunOperationsService(Terminals terminals, Operations operations, Devices devices, Transactions transactions,
                         Clock clock) {
        this.terminals = terminals;
        this.operations = operations;
        this.devices = devices;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Round run() {
        Instant now = clock.now();
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        int handled = 0;
        for (TerminalOperation operation : operations.due(now, ROUND)) {
            if (operation.isOverdue(now)) {
                handled += settle(operation, current -> current.timeOut(clock.now())) ? 1 : 0;
            } else if (operation.sentAt().isEmpty()) {
                Optional<TerminalOperation> sent = handOver(operation, now);
                if (sent.isPresent()) {
                    handled++;
                    Terminal terminal = terminals.find(operation.terminalId()).orElseThrow();
                    answers.add(devices.run(terminal, operation.type()).thenAccept(answer -> settle(sent.get(),
                            current -> answer.done() ? current.complete(clock.now())
                                    : current.fail(answer.error().orElse("the device failed"), clock.now()))));
                }
            }
        }
        return new Round(handled, CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)));
    }

    private Optional<TerminalOperation> handOver(TerminalOperation operation, Instant now) {
        try {
            return Optional.of(transactions.inTransaction(() -> operations.update(operation.sent(now))));
        } catch (ConflictException changedMeanwhile) {
            return Optional.empty();
        }
    }

    /** Applies an outcome to the operation as stored now, if it is still pending; says whether it did. */
    private boolean settle(TerminalOperation read, UnaryOperator<TerminalOperation> outcome) {
        return transactions.inTransaction(() -> {
            TerminalOperation current = operations.find(read.accountId(), read.id()).orElseThrow();
            if (current.status() != OperationStatus.PENDING) {
                return false;
            }
            operations.update(outcome.apply(current));
            return true;
        });
    }
}
