package io.onboard.application.port.in.terminal;

/** Changes a terminal's model, label, store or merchant status. */
public interface UpdateTerminalUseCase {
    TerminalView update(UpdateTerminalCommand command);
}
