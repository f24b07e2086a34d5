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
}
