package io.onboard.domain.testdata;

import static io.onboard.domain.testdata.Times.T0;

import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.StatusReason;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.time.Instant;
import java.util.UUID;

/** Terminals registered through the real rules, or rebuilt from storage in a given status. */
public final class Terminals {
    private Terminals() {
    }

    public static UUID uuid(long number) {
        return new UUID(0x0B0A4D, number);
    }

    public static TerminalId terminalId(Store store, long number) {
        return TerminalId.next(store.accountId(), number);
    }

    public static SerialNumber serial(long number) {
        return new SerialNumber(String.format("SN-%06d", number));
    }

    /** Just registered: {@code PENDING}, reason {@code ADDING}, at {@link Times#T0}. */
    public static Terminal registered(Store store, long number) {
        return Terminal.register(uuid(number), terminalId(store, number), serial(number), DeviceModel.SATURN1000, store,
                null, T0);
    }

    /** Registered and provisioned: {@code ACTIVE}. */
    public static Terminal active(Store store, long number) {
        return registered(store, number).provisioned(ProvisioningResult.ACTIVATED, T0);
    }

    /** Rebuilt from storage in {@code status}, whose status last changed at {@code statusChangedAt}. */
    public static Terminal restored(Store store, long number, TerminalStatus status, StatusReason reason,
                                    Instant statusChangedAt) {
        return Terminal.restore(uuid(number), terminalId(store, number), serial(number), DeviceModel.SATURN1000,
                store.id(), status, reason, null, T0, statusChangedAt, statusChangedAt,
                status == TerminalStatus.DELETED ? statusChangedAt : null, 1);
    }
}
