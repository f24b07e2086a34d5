package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.terminal.TerminalId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Names one terminal to act on (remove, sync); {@code expectedVersion}, when given, must still be current. */
public record TerminalCommand(@NotNull AccountId accountId, @NotBlank String terminalId, Long expectedVersion) {
    public static TerminalCommand of(AccountId accountId, TerminalId terminalId) {
        return new TerminalCommand(accountId, terminalId.value(), null);
    }

    /** The same command, refused with {@code PRECONDITION_FAILED} unless the terminal is still at {@code version}. */
    public TerminalCommand expectingVersion(long version) {
        return new TerminalCommand(accountId, terminalId, version);
    }
}
