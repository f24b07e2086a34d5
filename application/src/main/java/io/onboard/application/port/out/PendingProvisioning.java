package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A terminal waiting for a provider that settles later: which provisioning attempt it is (the moment the terminal
 * went {@code PENDING}), when the provider's answer is due, and when the worker handed it over, if it has. Kept
 * in the database with the terminal, so a restart resumes what was never handed over and times out the rest.
 */
public record PendingProvisioning(AccountId accountId, TerminalId terminalId, Instant attempt, Instant deadline,
                                  Optional<Instant> handedOverAt) {
    /** How long a provider that settles later has by default: boarding takes up to half an hour at some. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(30);

    public PendingProvisioning {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(attempt, "attempt");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(handedOverAt, "handedOverAt");
    }

    /** The attempt a terminal just went {@code PENDING} for, due {@code timeout} later. */
    public static PendingProvisioning of(Terminal pending, Duration timeout) {
        Instant attempt = pending.statusChangedAt();
        return new PendingProvisioning(pending.accountId(), pending.terminalId(), attempt, attempt.plus(timeout),
                Optional.empty());
    }

    public boolean isOverdue(Instant now) {
        return now.isAfter(deadline);
    }

    /** Whether {@code terminal} is still waiting for this attempt, not a later one or none. */
    public boolean isCurrentFor(Terminal terminal) {
        return terminal.isPendingSince(attempt);
    }
}
