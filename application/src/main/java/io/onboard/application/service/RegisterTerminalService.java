package io.onboard.application.service;

import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.port.in.terminal.RegisterTerminalUseCase;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Sequences;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.common.Text;
import io.onboard.domain.common.TimeOrdered;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Registers a device to a store under the account's next terminal number, then provisions it as fast as its provider
 * answers (see {@link TerminalProvisioner}).
 */
public final class RegisterTerminalService implements RegisterTerminalUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Stores stores;
    private final Terminals terminals;
    private final Sequences sequences;
    private final TerminalProvisioner provisioner;
    private final Transactions transactions;
    private final Clock clock;

    RegisterTerminalService(Stores stores, Terminals terminals, Sequences sequences, TerminalProvisioner provisioner,
                            Transactions transactions, Clock clock) {
        this.stores = stores;
        this.terminals = terminals;
        this.sequences = sequences;
        this.provisioner = provisioner;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TerminalView register(RegisterTerminalCommand command) {
        Input in = validator.check(command);
        SerialNumber serial = in.parse("device_serial_number", command.deviceSerialNumber(), SerialNumber::new);
        DeviceModel model = in.parse("device_model", command.deviceModel(), DeviceModel::parse);
        StoreRef storeRef = in.parse("store_id", command.storeId(), StoreRef::parse);
        String label = in.parse("label", command.label(), v -> Text.optional(v, Terminal.MAX_LABEL_LENGTH, "label"));
        in.done();

        TerminalView stored = transactions.inTransaction(() -> {
            Store store = stores.find(command.accountId(), storeRef).filter(s -> !s.isDeleted())
                    .orElseThrow(() -> storeNotFound(command.storeId()));
            if (terminals.findLiveBySerialNumber(serial).isPresent()) {
                // Deliberately silent about where: the device may be registered in another account.
                throw new ConflictException(ErrorCode.DUPLICATE_SERIAL_NUMBER,
                        "a device with serial number " + serial + " is already registered; remove it there first");
            }
            TerminalId id = TerminalId.next(command.accountId(), sequences.nextTerminalNumber(command.accountId()));
            Instant now = clock.now();
            // time-ordered, so the primary key takes each new terminal at its end rather than on a random page
            Terminal registered = Terminal.register(TimeOrdered.uuid(now, ThreadLocalRandom.current()), id, serial,
                    model, store, label, now);
            Terminal added = terminals.add(provisioner.beforeStoring(registered, store));
            provisioner.afterStoring(added);
            return new TerminalView(added, store);
        });
        return new TerminalView(provisioner.afterCommit(stored.terminal(), stored.store()), stored.store());
    }

    static RuleViolationException storeNotFound(String storeId) {
        String message = "store " + storeId + " does not exist";
        return new RuleViolationException(ErrorCode.STORE_NOT_FOUND, message, List.of(new FieldError("store_id", message)));
    }
}
