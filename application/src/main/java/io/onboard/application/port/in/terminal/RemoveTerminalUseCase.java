package io.onboard.application.port.in.terminal;

/** Soft-deletes a terminal; its serial number may then be registered again. */
public interface RemoveTerminalUseCase {
    TerminalView remove(TerminalCommand command);
}
