package io.onboard.application.service;

import io.onboard.application.port.in.operation.RunOperationsUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisioning;
import io.onboard.application.port.out.Provisionings;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The worker's part for a provider that settles later (SPEC 10), by the operations' rules: a waiting terminal is
 * marked as handed over, in a transaction, before the provider is asked, so no attempt is handed over twice, even
 * across a crash; one handed over before a crash waits for its deadline. An answer settles the terminal only if it
 * is still that attempt; one past its deadline turns {@code ERROR} ({@code SYNC_ERROR}), from which a sync retries it.
 */
final class RunProvisioningService implements RunOperationsUseCase {
    static final int ROUND = 100;
    private final Provisioning provisioning;
    private final Provisionings queue;
    private final Terminals terminals;
    private final Stores stores;
    private final Transactions transactions;
    private final Clock clock;

    RunProvisioningService(Provisioning provisioning, Provisionings queue, Terminals terminals, Stores stores,
                           Transactions transactions, Clock clock) {
        this.provisioning = provisioning;
        this.queue = queue;
        this.terminals = terminals;
        this.stores = stores;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Round run() {
        Instant now = clock.now();
        List<CompletableFuture<Void>> answers = new ArrayList<>();
        int handled = 0;
        for (PendingProvisioning waiting : queue.due(now, ROUND)) {
            if (waiting.isOverdue(now)) {
                settle(waiting, ProvisioningResult.FAILED);
                handled++;
            } else if (waiting.handedOverAt().isEmpty()) {
                Optional<Terminal> terminal = handOver(waiting, now);
                if (terminal.isPresent()) {
                    handled++;
                    answers.add(ask(terminal.get()).thenAccept(outcome -> settle(waiting, outcome)));
                }
            }
        }
        return new Round(handled, CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)));
    }

    /** The terminal to hand over, once marked as handed over; empty if another worker did, or it is no longer waiting. */
    private Optional<Terminal> handOver(PendingProvisioning waiting, Instant now) {
        return transactions.inTransaction(() -> {
            Optional<Terminal> terminal = terminals.find(waiting.terminalId()).filter(waiting::isCurrentFor);
            if (terminal.isEmpty()) {
                queue.remove(waiting);
                return Optional.empty();
            }
            return queue.handOver(waiting, now) ? terminal : Optional.empty();
        });
    }

    /** The provider's answer; one that throws, or whose future fails, has failed. */
    private CompletableFuture<ProvisioningResult> ask(Terminal terminal) {
        try {
            Store store = stores.find(terminal.storeId()).orElseThrow();
            return provisioning.provisionLater(terminal, store)
                    .exceptionally(failure -> ProvisioningResult.FAILED);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(ProvisioningResult.FAILED);
        }
    }

    /** Applies {@code outcome} to the terminal if it is still waiting for this attempt, and forgets the attempt. */
    private void settle(PendingProvisioning waiting, ProvisioningResult outcome) {
        transactions.inTransaction(() -> {
            terminals.find(waiting.terminalId()).filter(waiting::isCurrentFor)
                    .ifPresent(current -> terminals.update(current.provisioned(outcome, clock.now())));
            queue.remove(waiting);
            return null;
        });
    }
}
