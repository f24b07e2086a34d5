package io.onboard.cli.event;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.application.port.out.Event;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.ListResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard event list}. */
@Command(name = "list", description = "List the account's events, oldest first, a page at a time.")
final class EventList implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--event", paramLabel = "<type>", description = "Only events of this type, e.g. account_terminal_update.")
    private String event;

    @Option(names = "--resource", paramLabel = "<id>",
            description = "Only the events of one resource: a seller id, a store's server id, a terminal id or a session id.")
    private String resource;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    EventList(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<Event> events = useCases.listEvents().list(
                new ListEventsQuery(account.id(), page.limit(), page.startingAfter(), event, resource));
        output.print(ListResponses.events(events, page.startingAfter()), out -> {
            Table table = Table.of("SEQUENCE", "ID", "EVENT", "RESOURCE_ID", "CREATED_AT", "PREVIOUS");
            events.items().forEach(e -> table.row(e.sequence(), e.id().value(), e.type().wireName(), e.resourceId(),
                    e.createdAt(), e.previous()));
            table.print(out);
            PageOptions.printNext(out, events);
        });
    }
}
