package io.onboard.cli.hook;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.SubscriptionResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard hook delete <subscription_id>}. */
@Command(name = "delete", description = "Delete a subscription and its delivery log; nothing more is delivered to it.")
final class HookDelete implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<subscription_id>", description = "The subscription's id.")
    private String subscription;

    @Mixin
    private Output output;

    HookDelete(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(SubscriptionResponse.from(useCases.webhooks().deleteSubscription()
                .delete(account.id(), subscription, null)));
    }
}
