package io.onboard.cli.hook;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.PingResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard hook ping <subscription_id>}. */
@Command(name = "ping", description = "Send a signed ping event to the receiver now, from this machine, and show how it went.")
final class HookPing implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<subscription_id>", description = "The subscription's id.")
    private String subscription;

    @Mixin
    private Output output;

    HookPing(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(PingResponse.from(useCases.webhooks().pingSubscription().ping(account.id(), subscription)));
    }
}
