package io.onboard.application.port.in.operation;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.terminal.TerminalId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Starts {@code operation} ({@code end_of_day}, {@code send_logs}, {@code check_update}, {@code open_menu}) on a terminal. */
public record StartOperationCommand(@NotNull AccountId accountId, @NotBlank String terminalId, @NotBlank String operation) {
    public static StartOperationCommand of(AccountId accountId, TerminalId terminal, OperationType operation) {
        return new StartOperationCommand(accountId, terminal.value(), operation.wireName());
    }
}
