package io.onboard.cli.store;

import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.BodyFile;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.StoreResponse;
import io.onboard.representation.StoreUpdateRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onboard store update <store>}. */
@Command(name = "update", sortOptions = false,
        description = {"Change a store: fields not given stay as they are; the store_id never changes. --seller relinks "
                + "the store to another seller (rechecking the organization number); --status takes it out of or "
                + "back into service.", "Give the fields as options, or the HTTP API's JSON body with --file."})
final class StoreUpdate implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<store>", description = "The store: its store_id or its server id.")
    private String store;

    @Mixin
    private StoreFieldOptions fields;

    @Option(names = "--status", paramLabel = "<status>",
            description = "ACTIVE or INACTIVE. The terminals of an INACTIVE store are not enrolled.")
    private String status;

    @Mixin
    private BodyFile file;

    @Mixin
    private Output output;

    StoreUpdate(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        UpdateStoreCommand command = file.given()
                ? file.read(StoreUpdateRequest.class).toCommand(account.id(), store, null)
                : new UpdateStoreCommand(account.id(), store, null, fields.name, fields.organization(),
                        fields.sellerRef(), fields.address.toInput(), fields.contact.phone(), fields.contact.email(),
                        fields.contact.website(), fields.coordinates(), status);
        output.resource(StoreResponse.from(useCases.updateStore().update(command)));
    }
}
