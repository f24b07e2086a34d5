package io.onboard.representation;

import io.onboard.application.port.in.terminal.UpdateTerminalCommand;
import io.onboard.domain.account.AccountId;

/** The body that changes a terminal: model, label (empty clears it), store, or status ACTIVE/INACTIVE. */
public record TerminalUpdateRequest(String deviceModel, String label, String storeId, String status) {

    public UpdateTerminalCommand toCommand(AccountId account, String terminalId, Long expectedVersion) {
        return new UpdateTerminalCommand(account, terminalId, expectedVersion, deviceModel, label, storeId, status);
    }
}
