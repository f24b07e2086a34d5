package io.onboard.cli.session;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard session}: checkout sessions that drive a terminal. */
@Command(name = "session", description = "Checkout sessions: a payment a point of sale asks a terminal to take.",
        subcommands = SessionCheckCommand.class)
public final class SessionCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: check");
    }
}
