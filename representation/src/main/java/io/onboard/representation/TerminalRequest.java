package io.onboard.representation;

import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.domain.account.AccountId;

/** The body that registers a terminal; {@code store_id} is the store's server id (or its merchant id). */
public record TerminalRequest(String deviceSerialNumber, String deviceModel, String storeId, String label) {

    public RegisterTerminalCommand toCommand(AccountId account) {
        return new RegisterTerminalCommand(account, deviceSerialNumber, deviceModel, storeId, label);
    }
}
