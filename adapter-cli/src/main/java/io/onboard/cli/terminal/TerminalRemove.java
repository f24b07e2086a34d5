package io.onboard.cli.terminal;

import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.TerminalResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal remove <terminal_id>}. */
@Command(name = "remove", description = "Remove a terminal: its status becomes DELETED, deleted_at is set, and its serial "
        + "number may be registered again (in this store or elsewhere).")
final class TerminalRemove implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Mixin
    private Output output;

    TerminalRemove(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(TerminalResponse.from(
                useCases.removeTerminal().remove(new TerminalCommand(account.id(), terminalId, null)), false));
    }
}
