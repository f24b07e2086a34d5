package io.onboard.cli.store;

import io.onboard.application.port.in.store.DeleteStoreCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.StoreResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard store delete <store>}. */
@Command(name = "delete", description = "Delete a store that holds no terminals (STORE_HAS_TERMINALS otherwise). "
        + "Deletion is soft: the status becomes DELETED and the store_id stays taken.")
final class StoreDelete implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<store>", description = "The store: its store_id or its server id.")
    private String store;

    @Mixin
    private Output output;

    StoreDelete(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(StoreResponse.from(useCases.deleteStore().delete(new DeleteStoreCommand(account.id(), store, null))));
    }
}
