package io.onboard.application.service;

import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.PendingProvisioning;
import io.onboard.application.port.out.Provisioning;
import io.onboard.application.port.out.Provisioning.Pace;
import io.onboard.application.port.out.Provisionings;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import java.time.Duration;
import java.util.Optional;

/**
 * Provisions a terminal that has just gone {@code PENDING} (registered, or retried), asking the provider where its
 * {@link Pace} allows: inside the transaction, after it commits, or later from the worker's queue. A use case calls
 * {@link #beforeStoring}, {@link #afterStoring} and {@link #afterCommit} in turn; each does nothing for the paces
 * it is not for. If recording a remote provider's answer fails, the terminal stays {@code PENDING}, which is what
 * the sync retry after the grace period is for.
 */
final class TerminalProvisioner {
    private final Provisioning provisioning;
    private final Optional<Provisionings> queue;
    private final Duration timeout;
    private final Terminals terminals;
    private final Transactions transactions;
    private final Clock clock;

    TerminalProvisioner(Provisioning provisioning, Optional<Provisionings> queue, Duration timeout, Terminals terminals,
                        Transactions transactions, Clock clock) {
        if (provisioning.pace() == Pace.LATER && queue.isEmpty()) {
            throw new IllegalStateException("a provider that settles later needs a queue of the terminals waiting for it:"
                    + " build Onboard with .provisionings(...) (SqliteStorage.provisionings())");
        }
        this.provisioning = provisioning;
        this.queue = queue;
        this.timeout = timeout;
        this.terminals = terminals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** In the transaction, before the pending terminal is stored: a provider that answers at once settles it here. */
    Terminal beforeStoring(Terminal pending, Store store) {
        return provisioning.pace() == Pace.AT_ONCE ? pending.provisioned(ask(pending, store), clock.now()) : pending;
    }

    /** In the transaction, once the pending terminal is stored: a provider that settles later gets it queued. */
    void afterStoring(Terminal stored) {
        if (provisioning.pace() == Pace.LATER) {
            queue.orElseThrow().add(PendingProvisioning.of(stored, timeout));
        }
    }

    /** After the commit: a remote provider is called now, outside the write lock, and its answer recorded. */
    Terminal afterCommit(Terminal stored, Store store) {
        return provisioning.pace() == Pace.WITHIN_THE_CALL ? provision(stored, store) : stored;
    }

    /** The provider's answer for {@code pending}; a provider that throws has failed. */
    private ProvisioningResult ask(Terminal pending, Store store) {
        try {
            return provisioning.provision(pending, store);
        } catch (RuntimeException e) {
            return ProvisioningResult.FAILED;
        }
    }

    private Terminal provision(Terminal pending, Store store) {
        ProvisioningResult outcome = ask(pending, store);
        return transactions.inTransaction(() -> {
            Terminal current = terminals.find(pending.terminalId()).orElseThrow();
            // Only the provisioning attempt that is still current may settle the status: not a stale retry.
            return current.isPendingSince(pending.statusChangedAt())
                    ? terminals.update(current.provisioned(outcome, clock.now())) : current;
        });
    }
}
