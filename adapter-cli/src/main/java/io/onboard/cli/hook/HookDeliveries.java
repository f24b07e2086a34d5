package io.onboard.cli.hook;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.webhook.ListDeliveriesQuery;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.domain.webhook.Delivery;
import io.onboard.representation.DeliveryResponse;
import io.onboard.representation.ListResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onboard hook deliveries <subscription_id>}. */
@Command(name = "deliveries", description = "A subscription's delivery log, in event order: status, attempts, last result.")
final class HookDeliveries implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<subscription_id>", description = "The subscription's id.")
    private String subscription;

    @Option(names = "--status", paramLabel = "<status>", description = "Only pending, delivered or failed ones.")
    private String status;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    HookDeliveries(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<Delivery> deliveries = useCases.webhooks().listDeliveries().list(new ListDeliveriesQuery(account.id(),
                subscription, page.limit(), page.startingAfter(), status));
        output.print(ListResponses.deliveries(deliveries), out -> {
            Table table = Table.of("ID", "EVENT", "RESOURCE_ID", "STATUS", "ATTEMPTS", "LAST_HTTP_STATUS", "NEXT_ATTEMPT_AT", "ERROR");
            deliveries.items().stream().map(DeliveryResponse::from).forEach(d -> table.row(d.id(), d.event(),
                    d.resourceId(), d.status(), d.attempts(), d.lastHttpStatus() == null ? "" : d.lastHttpStatus(),
                    d.nextAttemptAt() == null ? "" : d.nextAttemptAt(), d.error() == null ? "" : d.error()));
            table.print(out);
            PageOptions.printNext(out, deliveries);
        });
    }
}
