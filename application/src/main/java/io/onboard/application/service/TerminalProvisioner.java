package io.onboard.application.service;

import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Provisioning;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalStatus;

/**
 * Provisions a pending terminal and records the result. The provider is called outside any transaction;
 * if recording fails the terminal stays {@code PENDING}, which is exactly what the 10-minute sync retry is for.
 */
final class TerminalProvisioner {
    private final Provisioning provisioning;
    private final Terminals terminals;
    private final Transactions transactions;
    private final Clock clock;

    TerminalProvisioner(Provisioning provisioning, Terminals terminals, Transactions transactions, Clock clock) {
        this.provisioning = provisioning;
        this.terminals = terminals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether the provider may be asked inside the caller's transaction (see {@link Provisioning#answersAtOnce()}). */
    boolean answersAtOnce() {
        return provisioning.answersAtOnce();
    }

    /** The provider's answer for {@code pending}; a provider that throws has failed. */
    ProvisioningResult ask(Terminal pending, Store store) {
        try {
            return provisioning.provision(pending, store);
        } catch (RuntimeException e) {
            return ProvisioningResult.FAILED;
        }
    }

    Terminal provision(Terminal pending, Store store) {
        ProvisioningResult outcome = ask(pending, store);
        return transactions.inTransaction(() -> {
            Terminal current = terminals.find(pending.terminalId()).orElseThrow();
            // Only the provisioning attempt that is still current may settle the status: not a stale retry.
            boolean sameAttempt = current.status() == TerminalStatus.PENDING
                    && current.statusChangedAt().equals(pending.statusChangedAt());
            return sameAttempt ? terminals.update(current.provisioned(outcome, clock.now())) : current;
        });
    }
}
