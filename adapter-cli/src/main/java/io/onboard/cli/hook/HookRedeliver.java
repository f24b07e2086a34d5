package io.onboard.cli.hook;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.DeliveryResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard hook redeliver <subscription_id> <delivery_id>}. */
@Command(name = "redeliver", description = "Queue a delivery to be sent again now by the running server "
        + "(after any earlier pending event of the same resource).")
final class HookRedeliver implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(index = "0", paramLabel = "<subscription_id>", description = "The subscription's id.")
    private String subscription;

    @Parameters(index = "1", paramLabel = "<delivery_id>", description = "The delivery's id, dlv_ and 32 hex digits.")
    private String delivery;

    @Mixin
    private Output output;

    HookRedeliver(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(DeliveryResponse.from(useCases.webhooks().redeliver().redeliver(account.id(), subscription, delivery)));
    }
}
