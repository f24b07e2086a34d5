package io.onboard.cli.store;

import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.BodyFile;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.StoreCreateRequest;
import io.onboard.representation.StoreResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard store create}. */
@Command(name = "create", sortOptions = false,
        description = {"Open a store linked to a seller. Note the server id it prints (id): terminal registration "
                + "expects it.", "Give the fields as options, or the HTTP API's JSON body with --file."})
final class StoreCreate implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--store-id", paramLabel = "<store_id>",
            description = "Your id for the store, unique in the account (letters, digits, _ . -, up to 64); what "
                    + "sessions name as order.store.id. Left out, it is the server id. The shape of server ids "
                    + "(T11223351-0001) is reserved.")
    private String storeId;

    @Mixin
    private StoreFieldOptions fields;

    @Mixin
    private BodyFile file;

    @Mixin
    private Output output;

    StoreCreate(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        CreateStoreCommand command = file.given() ? file.read(StoreCreateRequest.class).toCommand(account.id())
                : new CreateStoreCommand(account.id(), storeId, fields.name, fields.organization(),
                        fields.seller == null ? new PayoutDestinationRefInput(null) : fields.sellerRef(),
                        fields.address.toInput(), fields.contact.phone(), fields.contact.email(),
                        fields.contact.website(), fields.coordinates());
        output.resource(StoreResponse.from(useCases.createStore().create(command)));
    }
}
