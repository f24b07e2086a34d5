package io.onboard.application.port.in.terminal;

import io.onboard.application.port.in.Required;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;

/** Builds a {@link RegisterTerminalCommand}. */
public final class RegisterTerminalCommandBuilder {
    private AccountId account;
    private String serialNumber;
    private String model;
    private String store;
    private String label;

    RegisterTerminalCommandBuilder() {
    }

    public RegisterTerminalCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    /**
     * The serial number printed on the device. With the built-in simulated provisioner, a serial number that
     * starts with {@code FAIL} fails provisioning, so the {@code ERROR} and retry paths can be exercised.
     */
    public RegisterTerminalCommandBuilder serialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
        return this;
    }

    public RegisterTerminalCommandBuilder serialNumber(SerialNumber serialNumber) {
        return serialNumber(serialNumber.value());
    }

    public RegisterTerminalCommandBuilder model(DeviceModel model) {
        this.model = model.wireName();
        return this;
    }

    /** The store the device stands in, by the id Onboard gave it. */
    public RegisterTerminalCommandBuilder store(StoreServerId store) {
        this.store = store.value();
        return this;
    }

    /** The store the device stands in, by the merchant's own id. */
    public RegisterTerminalCommandBuilder store(StoreId store) {
        this.store = store.value();
        return this;
    }

    /** A name for people, such as {@code Till 1}. */
    public RegisterTerminalCommandBuilder label(String label) {
        this.label = label;
        return this;
    }

    public RegisterTerminalCommand build() {
        Required.parts().part("account_id", account).part("device_serial_number", serialNumber)
                .part("device_model", model).part("store_id", store).check();
        return new RegisterTerminalCommand(account, serialNumber, model, store, label);
    }
}
