package io.onboard.cli.hook;

import io.onboard.application.port.in.webhook.CreateSubscriptionCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.SubscriptionResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code onboard hook create}. */
@Command(name = "create", description = "Subscribe a receiver to the account's events. Prints the signing secret: "
        + "it is shown only now and on rotate-secret.")
final class HookCreate implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Mixin
    private HookSettings settings;

    @Mixin
    private Output output;

    HookCreate(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(SubscriptionResponse.withSecret(useCases.webhooks().createSubscription()
                .create(CreateSubscriptionCommand.of(account.id(), settings.settings()))));
    }
}
