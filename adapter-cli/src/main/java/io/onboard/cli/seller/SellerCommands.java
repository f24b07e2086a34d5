package io.onboard.cli.seller;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code onboard seller}: payout destinations (sellers of record) and their KYC case. */
@Command(name = "seller",
        description = {"Sellers (payout destinations): the legal entity that receives the funds, and its KYC case.",
            "A case goes WAITING_FOR_DECLARATION -submit-declaration-> WAITING_FOR_SIGNATURE -sign-> AUTOMATIC_REVIEW, "
                    + "which screening turns into ACTIVE, UNDER_MANUAL_REVIEW or ERROR. A reviewer may approve, decline "
                    + "or request-details (answered by submit-details); an ACTIVE seller may be terminated; any case "
                    + "before ACTIVE, and a declined one, may be archived."},
        subcommands = {SellerApply.class, SellerList.class, SellerShow.class, CaseSteps.Sign.class,
            CaseSteps.SubmitDeclaration.class, CaseSteps.Approve.class, CaseSteps.Decline.class,
            CaseSteps.RequestDetails.class, CaseSteps.SubmitDetails.class, CaseSteps.Archive.class,
            CaseSteps.Terminate.class})
public final class SellerCommands implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: one of "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
