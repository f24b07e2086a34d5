package io.onboard.application.port.in.terminal;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A device to register. {@code storeId} is the store's server id ({@code P11223351-0026}), as in the
 * onboarding guide; the merchant {@code store_id} is accepted too. In Java, build it with {@link #builder()}.
 */
public record RegisterTerminalCommand(@NotNull AccountId accountId, @NotBlank String deviceSerialNumber,
                                      @NotBlank String deviceModel, @NotBlank String storeId, String label) {
    /** Starts a registration; account, serial number, model and store are required when it is built. */
    public static RegisterTerminalCommandBuilder builder() {
        return new RegisterTerminalCommandBuilder();
    }
}
