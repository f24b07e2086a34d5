package io.onboard.application.builtin;

import io.onboard.application.port.out.DeviceAnswer;
import io.onboard.application.port.out.Devices;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.terminal.Terminal;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Devices as SPEC 10 simulates them: each answers after {@code delay} (default a second); serial numbers starting
 * {@code OPFAIL} fail every operation, and those starting {@code SILENT} never answer.
 */
public final class SimulatedDevices implements Devices {
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
    private final Duration delay;

    public SimulatedDevices() {
        this(DEFAULT_DELAY);
    }

    public SimulatedDevices(Duration delay) {
        this.delay = delay;
    }

    @Override
    public CompletableFuture<DeviceAnswer> run(Terminal terminal, OperationType operation) {
        String serial = terminal.serialNumber().value();
        if (serial.startsWith("SILENT")) {
            return new CompletableFuture<>();
        }
        DeviceAnswer answer = serial.startsWith("OPFAIL")
                ? DeviceAnswer.failed("the device refused " + operation.wireName() + " (simulated: serial " + serial + ")")
                : DeviceAnswer.completed();
        return CompletableFuture.supplyAsync(() -> answer,
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }
}
