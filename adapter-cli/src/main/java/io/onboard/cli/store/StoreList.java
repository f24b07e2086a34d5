package io.onboard.cli.store;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.store.ListStoresQuery;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.ListResponses;
import io.onboard.representation.StoreResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard store list}. */
@Command(name = "list", description = "List the account's stores in the order they were opened, a page at a time.")
final class StoreList implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--seller", paramLabel = "<payout_destination_id>", description = "Only stores linked to this seller.")
    private String seller;

    @Option(names = "--status", paramLabel = "<status>", description = "Only stores in this status: ACTIVE, INACTIVE or DELETED.")
    private String status;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    StoreList(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<StoreView> stores = useCases.listStores().list(
                new ListStoresQuery(account.id(), page.limit(), page.startingAfter(), seller, status));
        output.print(ListResponses.stores(stores), out -> {
            Table table = Table.of("STORE_ID", "ID", "STORE_NAME", "PAYOUT_DESTINATION_ID", "STATUS", "VERIFIED",
                    "TERMINALS");
            stores.items().stream().map(StoreResponse::from).forEach(s -> table.row(s.storeId(), s.id(), s.storeName(),
                    s.payoutDestination().payoutDestinationId(), s.status(), s.verified(), s.numberOfTerminals()));
            table.print(out);
            PageOptions.printNext(out, stores);
        });
    }
}
