package io.onboard.cli.terminal;

import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.BodyFile;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.TerminalRequest;
import io.onboard.representation.TerminalResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard terminal register}. */
@Command(name = "register", sortOptions = false,
        description = {"Register a device to a store; it gets the account's next terminal_id (e.g. T11223351-T0001), "
                + "which sessions name as order.store.terminal_id. One device can be registered only once across all "
                + "accounts (DUPLICATE_SERIAL_NUMBER).",
            "Provisioning runs at once: the terminal becomes ACTIVE, or ERROR (SYNC_ERROR) if it fails; the simulated "
                    + "provisioner fails serial numbers that start with FAIL.",
            "Give the fields as options, or the HTTP API's JSON body with --file."})
final class TerminalRegister implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--serial", paramLabel = "<device_serial_number>",
            description = "The device's serial number: letters, digits and -, 6 to 40 characters.")
    private String serial;

    @Option(names = "--model", paramLabel = "<device_model>",
            description = "The device model: SATURN1000, Saturn_S1F4_Pro, S1P2, S1MINI2 or S1U2.")
    private String model;

    @Option(names = "--store", paramLabel = "<store>",
            description = "The store: its server id (e.g. T11223351-0001), as the onboarding guide says, or its store_id.")
    private String store;

    @Option(names = "--label", paramLabel = "<label>", description = "A name for people, e.g. 'Till 2' (up to 100 characters).")
    private String label;

    @Mixin
    private BodyFile file;

    @Mixin
    private Output output;

    TerminalRegister(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        RegisterTerminalCommand command = file.given() ? file.read(TerminalRequest.class).toCommand(account.id())
                : new RegisterTerminalCommand(account.id(), serial, model, store, label);
        output.resource(TerminalResponse.from(useCases.registerTerminal().register(command), false));
    }
}
