package io.onboard.cli.store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard store}: physical locations, each linked to one seller. */
@Command(name = "store",
        description = {"Stores: physical locations, each linked to one seller of the account.",
            "A store has two ids: the store_id you choose (what a checkout session names as order.store.id) and the "
                    + "server id (e.g. T11223351-0001) that terminal registration expects. Commands that name a store "
                    + "accept either."},
        subcommands = {StoreCreate.class, StoreList.class, StoreShow.class, StoreUpdate.class, StoreDelete.class})
public final class StoreCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
