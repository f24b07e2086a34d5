package io.onboard.cli.hook;

import io.onboard.application.port.in.webhook.UpdateSubscriptionCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.SubscriptionResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard hook update <subscription_id>}. */
@Command(name = "update", description = "Replace a subscription's settings (its secret stays). Turned on again, it "
        + "delivers from the account's next event.")
final class HookUpdate implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<subscription_id>", description = "The subscription's id.")
    private String subscription;

    @Mixin
    private HookSettings settings;

    @Mixin
    private Output output;

    HookUpdate(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(SubscriptionResponse.from(useCases.webhooks().updateSubscription()
                .update(UpdateSubscriptionCommand.of(account.id(), subscription, settings.settings()))));
    }
}
