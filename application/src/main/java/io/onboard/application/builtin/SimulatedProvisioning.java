package io.onboard.application.builtin;

import io.onboard.application.port.out.Provisioning;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for a terminal provider: activates every device, except that a serial number starting with
 * {@code FAIL} fails, so integrators can exercise the error and sync-retry paths. Without a delay it decides at
 * once, in memory; with one it settles that much later, as a real provider's boarding does (SPEC 10).
 */
public final class SimulatedProvisioning implements Provisioning {
    private final Duration delay;

    public SimulatedProvisioning() {
        this(Duration.ZERO);
    }

    public SimulatedProvisioning(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("a provisioning delay cannot be negative: " + delay);
        }
        this.delay = delay;
    }

    @Override
    public ProvisioningResult provision(Terminal terminal, Store store) {
        return terminal.serialNumber().value().startsWith("FAIL") ? ProvisioningResult.FAILED : ProvisioningResult.ACTIVATED;
    }

    /** A decision on the serial number alone, in memory, unless it is made to wait. */
    @Override
    public Pace pace() {
        return delay.isZero() ? Pace.AT_ONCE : Pace.LATER;
    }

    @Override
    public CompletableFuture<ProvisioningResult> provisionLater(Terminal terminal, Store store) {
        ProvisioningResult result = provision(terminal, store);
        return CompletableFuture.supplyAsync(() -> result,
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }
}
