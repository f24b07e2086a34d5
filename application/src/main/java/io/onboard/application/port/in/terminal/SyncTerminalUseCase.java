package io.onboard.application.port.in.terminal;

/** Retries provisioning of a terminal that failed, or that has hung in {@code PENDING} for 10 minutes. */
public interface SyncTerminalUseCase {
    TerminalView sync(TerminalCommand command);
}
