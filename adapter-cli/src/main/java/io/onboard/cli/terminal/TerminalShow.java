package io.onboard.cli.terminal;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.TerminalResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onboard terminal show <terminal_id>}. */
@Command(name = "show", description = "Show one terminal, removed ones included; store_id is the store's merchant store_id.")
final class TerminalShow implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<terminal_id>", description = "The terminal, e.g. T11223351-T0001.")
    private String terminalId;

    @Option(names = "--include-store", description = "Add the store's id, store_id and name (as includes=store does).")
    private boolean includeStore;

    @Mixin
    private Output output;

    TerminalShow(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(TerminalResponse.from(useCases.getTerminal().get(account.id(), terminalId), includeStore));
    }
}
