package io.onboard.cli.terminal;

import io.onboard.application.port.in.terminal.UpdateTerminalCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.BodyFile;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.TerminalResponse;
import io.onboard.representation.TerminalUpdateRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal update <terminal_id>}. */
@Command(name = "update", sortOptions = false,
        description = {"Change a terminal: fields not given stay as they are.",
            "Give the fields as options, or the HTTP API's JSON body with --file."})
final class TerminalUpdate implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Option(names = "--model", paramLabel = "<device_model>",
            description = "Another device model: SATURN1000, Saturn_S1F4_Pro, S1P2, S1MINI2 or S1U2.")
    private String model;

    @Option(names = "--label", paramLabel = "<label>", description = "A new label; an empty one ('') clears it.")
    private String label;

    @Option(names = "--store", paramLabel = "<store>", description = "Move the device to another store of the account "
            + "(server id or store_id).")
    private String store;

    @Option(names = "--status", paramLabel = "<status>", description = "ACTIVE or INACTIVE: take the terminal out of or "
            + "back into service.")
    private String status;

    @Mixin
    private BodyFile file;

    @Mixin
    private Output output;

    TerminalUpdate(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        UpdateTerminalCommand command = file.given()
                ? file.read(TerminalUpdateRequest.class).toCommand(account.id(), terminalId, null)
                : new UpdateTerminalCommand(account.id(), terminalId, null, model, label, store, status);
        output.resource(TerminalResponse.from(useCases.updateTerminal().update(command), false));
    }
}
