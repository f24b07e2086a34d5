package io.onboard.application.port.out;

import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import java.util.concurrent.CompletableFuture;

/**
 * Sets a physical device up at the terminal provider for its store. Providers differ in how soon they answer,
 * which {@link #pace()} says, and Onboard asks each accordingly; throwing, or a future that fails, counts as
 * {@code FAILED}.
 */
public interface Provisioning {
    /** The provider's answer, for a provider whose {@link #pace()} is {@code AT_ONCE} or {@code WITHIN_THE_CALL}. */
    ProvisioningResult provision(Terminal terminal, Store store);

    /** How soon this provider answers; by default within the call, as a remote call does. */
    default Pace pace() {
        return Pace.WITHIN_THE_CALL;
    }

    /**
     * For a provider whose {@link #pace()} is {@code LATER}: starts setting the device up and completes the future
     * with the outcome once the provider has settled it, or never. By default, {@link #provision} run at once.
     */
    default CompletableFuture<ProvisioningResult> provisionLater(Terminal terminal, Store store) {
        return CompletableFuture.completedFuture(provision(terminal, store));
    }

    /** How soon a provider answers, which decides where Onboard asks it. */
    enum Pace {
        /**
         * Without leaving the process (no network, no waiting): asked inside the registration's transaction, so
         * the terminal is stored already settled, one write and one event instead of two of each.
         */
        AT_ONCE,
        /**
         * Within a remote call: asked after the registration commits, outside any transaction (a remote call must
         * never run under the write lock), and the request waits for it.
         */
        WITHIN_THE_CALL,
        /**
         * Some time later (boarding takes up to half an hour at some providers): the registration answers
         * {@code PENDING} at once, and the worker that runs terminal operations hands the terminal over through
         * {@link #provisionLater} and settles it when the answer comes, or turns it {@code ERROR} at its deadline.
         */
        LATER
    }
}
