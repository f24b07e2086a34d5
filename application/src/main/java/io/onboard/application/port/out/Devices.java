package io.onboard.application.port.out;

import io.onboard.domain.operation.OperationType;
import io.onboard.domain.terminal.Terminal;
import java.util.concurrent.CompletableFuture;

/**
 * The card readers themselves, reached through the terminal provider: asked to run an operation, a device answers
 * some time later, or never. The answer's future completes with it, or stays incomplete when none comes.
 */
public interface Devices {
    CompletableFuture<DeviceAnswer> run(Terminal terminal, OperationType operation);
}
