package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Changes to a terminal. Fields left null stay as they are; an empty {@code label} clears it;
 * {@code storeId} moves the device to another store of the account; {@code status} switches between
 * {@code ACTIVE} and {@code INACTIVE}. {@code expectedVersion}, when given, must still be current. In Java,
 * build it with {@link #builder()}.
 */
public record UpdateTerminalCommand(@NotNull AccountId accountId, @NotBlank String terminalId, Long expectedVersion,
                                    String deviceModel, String label, String storeId, String status) {
    /** Starts a change; account and terminal are required when it is built. */
    public static UpdateTerminalCommandBuilder builder() {
        return new UpdateTerminalCommandBuilder();
    }
}
