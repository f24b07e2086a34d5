package io.onboard.cli.hook;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard hook}: webhook subscriptions and their delivery log (SPEC 9); the server delivers. */
@Command(name = "hook", description = "Webhook subscriptions: which events the server delivers where, signed, and how it went.",
        subcommands = {HookCreate.class, HookList.class, HookShow.class, HookUpdate.class, HookDelete.class,
                HookRotateSecret.class, HookPing.class, HookDeliveries.class, HookRedeliver.class})
public final class HookCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing command: create, list, show, update, delete, rotate-secret, ping, deliveries or redeliver");
    }
}
