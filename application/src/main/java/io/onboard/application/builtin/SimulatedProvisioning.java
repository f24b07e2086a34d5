package io.onboard.application.builtin;

import io.onboard.application.port.out.Provisioning;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;

/**
 * Stands in for a terminal provider: activates every device at once, except that a serial number
 * starting with {@code FAIL} fails, so integrators can exercise the error and sync-retry paths.
 */
public final class SimulatedProvisioning implements Provisioning {
    @Override
    public ProvisioningResult provision(Terminal terminal, Store store) {
        return terminal.serialNumber().value().startsWith("FAIL") ? ProvisioningResult.FAILED : ProvisioningResult.ACTIVATED;
    }

    /** A decision on the serial number alone, in memory. */
    @Override
    public boolean answersAtOnce() {
        return true;
    }
}
