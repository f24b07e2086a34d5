package io.onboard.cli.terminal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard terminal operation}: operations run on a terminal by the server's worker (SPEC 10). */
@Command(name = "operation", description = {"Operations on a terminal: end_of_day, send_logs, check_update, open_menu.",
    "One runs at a time per terminal; the running server hands it to the device and records the answer."},
        subcommands = {OperationStart.class, OperationList.class, OperationShow.class})
final class OperationCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: start, list or show");
    }
}
