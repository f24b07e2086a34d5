package io.onboard.cli.hook;

import io.onboard.application.port.in.webhook.RotateSecretCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.SubscriptionResponse;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code onboard hook rotate-secret <subscription_id>}. */
@Command(name = "rotate-secret", description = "Give a subscription a new signing secret, printed this once. "
        + "Until the previous one expires, deliveries carry a signature with each.")
final class HookRotateSecret implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<subscription_id>", description = "The subscription's id.")
    private String subscription;

    @Option(names = "--expire-previous-in", paramLabel = "<seconds>",
            description = "Seconds the previous secret still signs, 0 to 604800 (default 86400).")
    private Long expirePreviousIn;

    @Mixin
    private Output output;

    HookRotateSecret(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(SubscriptionResponse.withSecret(useCases.webhooks().rotateSecret().rotate(new RotateSecretCommand(
                account.id(), subscription, expirePreviousIn == null ? null : Duration.ofSeconds(expirePreviousIn)))));
    }
}
