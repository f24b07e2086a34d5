package io.onboard.application.port.in.terminal;

import io.onboard.application.port.in.Required;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;

/** Builds an {@link UpdateTerminalCommand}: what is not named stays as it is. */
public final class UpdateTerminalCommandBuilder {
    private AccountId account;
    private String terminalId;
    private Long expectedVersion;
    private String model;
    private String label;
    private String store;
    private String status;

    UpdateTerminalCommandBuilder() {
    }

    public UpdateTerminalCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    public UpdateTerminalCommandBuilder terminal(TerminalId terminalId) {
        this.terminalId = terminalId.value();
        return this;
    }

    /** Refuses the change with {@code PRECONDITION_FAILED} unless the terminal is still at this version. */
    public UpdateTerminalCommandBuilder expectedVersion(long version) {
        this.expectedVersion = version;
        return this;
    }

    public UpdateTerminalCommandBuilder model(DeviceModel model) {
        this.model = model.wireName();
        return this;
    }

    /** A name for people; empty clears it. */
    public UpdateTerminalCommandBuilder label(String label) {
        this.label = label;
        return this;
    }

    /** Moves the device to another store of the account, by the id Onboard gave it. */
    public UpdateTerminalCommandBuilder moveTo(StoreServerId store) {
        this.store = store.value();
        return this;
    }

    /** Moves the device to another store of the account, by the merchant's own id. */
    public UpdateTerminalCommandBuilder moveTo(StoreId store) {
        this.store = store.value();
        return this;
    }

    /** {@code ACTIVE} or {@code INACTIVE}; the other statuses are provisioning's to set. */
    public UpdateTerminalCommandBuilder status(TerminalStatus status) {
        this.status = status.name();
        return this;
    }

    public UpdateTerminalCommand build() {
        Required.parts().part("account_id", account).part("terminal_id", terminalId).check();
        return new UpdateTerminalCommand(account, terminalId, expectedVersion, model, label, store, status);
    }
}
