package io.onboard.cli.event;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.EventResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard event show <event_id>}. */
@Command(name = "show", description = "Show one event: the resource as it was after the change, and what changed.")
final class EventShow implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<event_id>", description = "The event's id, evt_ and 32 hex digits.")
    private String event;

    @Mixin
    private Output output;

    EventShow(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(EventResponse.from(useCases.getEvent().get(account.id(), event)));
    }
}
