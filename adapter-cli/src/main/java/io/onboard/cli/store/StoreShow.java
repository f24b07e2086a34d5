package io.onboard.cli.store;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.StoreResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard store show <store>}. */
@Command(name = "show", description = "Show one store, with its seller's case status, whether it is verified (seller "
        + "ACTIVE and organization numbers match) and how many terminals it holds.")
final class StoreShow implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<store>", description = "The store: its store_id or its server id.")
    private String store;

    @Mixin
    private Output output;

    StoreShow(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(StoreResponse.from(useCases.getStore().get(account.id(), store)));
    }
}
