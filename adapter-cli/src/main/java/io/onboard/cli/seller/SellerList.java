package io.onboard.cli.seller;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.seller.ListPayoutDestinationsQuery;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.ListResponses;
import io.onboard.representation.PayoutDestinationResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard seller list}: an account's sellers, a page at a time. */
@Command(name = "list", description = "List the account's sellers in the order they applied, a page at a time.")
final class SellerList implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--case-status", paramLabel = "<status>",
            description = "Only sellers whose KYC case is in this status, e.g. ACTIVE or UNDER_MANUAL_REVIEW.")
    private String caseStatus;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    SellerList(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<PayoutDestinationView> sellers = useCases.listPayoutDestinations().list(
                new ListPayoutDestinationsQuery(account.id(), page.limit(), page.startingAfter(), caseStatus));
        output.print(ListResponses.payoutDestinations(sellers), out -> {
            Table table = Table.of("PAYOUT_DESTINATION_ID", "NAME", "TYPE", "COUNTRY", "ORGANIZATION_NUMBER",
                    "CASE_STATUS", "STORES", "TERMINALS");
            sellers.items().stream().map(PayoutDestinationResponse::from).forEach(s -> table.row(s.payoutDestinationId(),
                    s.payoutDestinationName(), s.type(), s.countryCode(), s.organizationNumber(), s.caseStatus(),
                    s.numberOfStores(), s.numberOfTerminals()));
            table.print(out);
            PageOptions.printNext(out, sellers);
        });
    }
}
