package io.onboard.cli.event;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard event}: the account's record of changes (SPEC 9). */
@Command(name = "event", description = "Events: every change to a seller, store, terminal or session, in the order made.",
        subcommands = {EventList.class, EventShow.class})
public final class EventCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: list or show");
    }
}
