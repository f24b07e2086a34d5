package io.onboard.application.port.out;

import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;

/**
 * Sets a physical device up at the terminal provider for its store. Called outside any database
 * transaction, since a real provider is a remote call; throwing counts as {@code FAILED}.
 */
public interface Provisioning {
    ProvisioningResult provision(Terminal terminal, Store store);

    /**
     * Whether this provider answers without leaving the process (no network, no waiting), so that a registration
     * may ask it inside its own transaction and store the terminal already settled: one write and one event instead
     * of two of each. False unless the provider says so; a remote provider must never be asked under the write lock.
     */
    default boolean answersAtOnce() {
        return false;
    }
}
