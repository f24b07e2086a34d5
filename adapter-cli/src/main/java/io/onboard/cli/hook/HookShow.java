package io.onboard.cli.hook;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.SubscriptionResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard hook show <subscription_id>}. */
@Command(name = "show", description = "Show one subscription, and why it is off if it is.")
final class HookShow implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<subscription_id>", description = "The subscription's id, sub_ and 32 hex digits.")
    private String subscription;

    @Mixin
    private Output output;

    HookShow(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(SubscriptionResponse.from(useCases.webhooks().getSubscription().get(account.id(), subscription)));
    }
}
