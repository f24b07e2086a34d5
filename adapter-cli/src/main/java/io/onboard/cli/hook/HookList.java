package io.onboard.cli.hook;

import io.onboard.application.paging.Page;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.PageOptions;
import io.onboard.cli.console.Table;
import io.onboard.cli.console.UseCases;
import io.onboard.domain.webhook.Subscription;
import io.onboard.representation.ListResponses;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code onboard hook list}. */
@Command(name = "list", description = "List the account's subscriptions, oldest first (never their secrets).")
final class HookList implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Mixin
    private PageOptions page;

    @Mixin
    private Output output;

    HookList(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        Page<Subscription> subscriptions = useCases.webhooks().listSubscriptions().list(account.id(), page.limit(),
                page.startingAfter());
        output.print(ListResponses.subscriptions(subscriptions), out -> {
            Table table = Table.of("ID", "URL", "EVENTS", "ACTIVE", "DESCRIPTION");
            subscriptions.items().forEach(s -> table.row(s.id().value(), s.url(), String.join(",", s.events().names()),
                    s.active() ? "yes" : "no: " + s.deactivationReason().orElse(""), s.description().orElse("")));
            table.print(out);
            PageOptions.printNext(out, subscriptions);
        });
    }
}
