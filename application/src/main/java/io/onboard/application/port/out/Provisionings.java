package io.onboard.application.port.out;

import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The terminals waiting for a provider that settles later (see {@link Provisioning.Pace#LATER}), at most one
 * attempt per terminal: written in the transaction that makes the terminal {@code PENDING}, read by the worker.
 */
public interface Provisionings {
    /** Keeps {@code pending}, in place of an earlier attempt of the same terminal if there is one. */
    void add(PendingProvisioning pending);

    /**
     * Marks {@code pending} as handed to the provider at {@code at}, if it is still that attempt and not handed over
     * yet; says whether it did, so that only one worker hands an attempt over.
     */
    boolean handOver(PendingProvisioning pending, Instant at);

    /** Forgets {@code pending}, if it is still that attempt. */
    void remove(PendingProvisioning pending);

    /**
     * The worker's queue: up to {@code limit} waiting terminals of every account that are not handed over yet or
     * are past their deadline at {@code now}, the earliest deadline first. Those handed over and still within their
     * deadline are left out, so that any number of them waiting for slow answers holds up no newer one.
     */
    List<PendingProvisioning> due(Instant now, int limit);

    /** What is kept for {@code terminal}, if anything. */
    Optional<PendingProvisioning> find(TerminalId terminal);
}
