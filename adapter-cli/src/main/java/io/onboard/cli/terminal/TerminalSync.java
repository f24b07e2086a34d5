package io.onboard.cli.terminal;

import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.TerminalResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal sync <terminal_id>}. */
@Command(name = "sync", description = "Retry provisioning of a terminal in ERROR, or PENDING for more than 10 minutes "
        + "(TERMINAL_NOT_RETRYABLE otherwise); its store must be ACTIVE (STORE_NOT_ACTIVE otherwise).")
final class TerminalSync implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Mixin
    private Output output;

    TerminalSync(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(TerminalResponse.from(
                useCases.syncTerminal().sync(new TerminalCommand(account.id(), terminalId, null)), false));
    }
}
