package io.onboard.cli.terminal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard terminal}: card readers, each registered to one store. */
@Command(name = "terminal",
        description = {"Terminals: physical card readers, known by serial number and model, each registered to one store.",
            "A terminal takes payments only when it is enrolled: it is ACTIVE, its store is ACTIVE and linked to a "
                    + "seller whose KYC case is ACTIVE, and their organization numbers match (see 'terminal readiness')."},
        subcommands = {TerminalRegister.class, TerminalImport.class, TerminalList.class, TerminalShow.class,
            TerminalUpdate.class, TerminalRemove.class, TerminalSync.class, TerminalReadiness.class,
            OperationCommands.class})
public final class TerminalCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
