package io.onboard.application.port.in.terminal;

/** Registers a device to a store and provisions it; one physical device can be registered only once. */
public interface RegisterTerminalUseCase {
    TerminalView register(RegisterTerminalCommand command);
}
