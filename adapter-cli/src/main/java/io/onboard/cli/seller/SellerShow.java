package io.onboard.cli.seller;

import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.PayoutDestinationResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code onboard seller show <payout_destination_id>}. */
@Command(name = "show", description = "Show one seller: its data, KYC case status and how many stores and terminals it has.")
final class SellerShow implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Parameters(paramLabel = "<payout_destination_id>", description = "The seller's id.")
    private String id;

    @Mixin
    private Output output;

    SellerShow(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        output.resource(PayoutDestinationResponse.from(useCases.getPayoutDestination().get(account.id(), id)));
    }
}
