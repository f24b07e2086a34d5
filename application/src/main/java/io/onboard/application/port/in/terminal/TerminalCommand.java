package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Names one terminal to act on (remove, sync); {@code expectedVersion}, when given, must still be current. */
public record TerminalCommand(@NotNull AccountId accountId, @NotBlank String terminalId, Long expectedVersion) {
}
