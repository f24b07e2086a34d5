package io.onboard.application.port.in.operation;

import io.onboard.domain.operation.TerminalOperation;

/**
 * Starts an operation on an {@code ACTIVE} terminal ({@code TERMINAL_NOT_ACTIVE} otherwise), to be carried out in
 * the background; {@code OPERATION_IN_PROGRESS} while the terminal has another one pending.
 */
public interface StartOperationUseCase {
    TerminalOperation start(StartOperationCommand command);
}
