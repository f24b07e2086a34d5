package io.onboard.cli.seller;

import io.onboard.application.port.in.seller.CaseActionCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.BodyFile;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.CaseAction;
import io.onboard.representation.CaseActionRequest;
import io.onboard.representation.PayoutDestinationResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The steps of a seller's KYC case, one subcommand each. A step the case's status does not allow is refused
 * with {@code INVALID_CASE_TRANSITION}, naming the status and the step.
 */
final class CaseSteps {
    private CaseSteps() {
    }

    /** What every step shares: the account, the seller, and printing the case after the step. */
    abstract static class Step implements Runnable {
        private final UseCases useCases;
        private final CaseAction action;

        @Mixin
        private AccountOption account;

        @Parameters(paramLabel = "<payout_destination_id>", description = "The seller whose case moves.")
        private String id;

        @Mixin
        private Output output;

        Step(UseCases useCases, CaseAction action) {
            this.useCases = useCases;
            this.action = action;
        }

        @Override
        public void run() {
            output.resource(PayoutDestinationResponse.from(useCases.takeCaseAction().act(command(account.id(), id, action))));
        }

        CaseActionCommand command(AccountId accountId, String sellerId, CaseAction step) {
            return CaseActionCommand.builder().account(accountId).payoutDestinationId(sellerId).action(step).build();
        }
    }

    /** A reviewer's decision, which may give a reason. */
    abstract static class Decision extends Step {
        @Option(names = "--reason", paramLabel = "<text>", description = "Why, for the record (shown as case_status_reason).")
        private String reason;

        Decision(UseCases useCases, CaseAction action) {
            super(useCases, action);
        }

        @Override
        CaseActionCommand command(AccountId accountId, String sellerId, CaseAction step) {
            return CaseActionCommand.builder().account(accountId).payoutDestinationId(sellerId).action(step)
                    .reason(reason).build();
        }
    }

    /** A seller's submission, which may complete or correct the case's data (options or --file). */
    abstract static class Submission extends Step {
        @Mixin
        private SellerDataOptions data;

        @Mixin
        private BodyFile file;

        Submission(UseCases useCases, CaseAction action) {
            super(useCases, action);
        }

        @Override
        CaseActionCommand command(AccountId accountId, String sellerId, CaseAction step) {
            if (file.given()) {
                return file.read(CaseActionRequest.class).toCommand(accountId, sellerId, step);
            }
            return new CaseActionCommand(accountId, sellerId, step, null, data.organization(), data.address().toInput(),
                    data.contact().phone(), data.contact().email(), data.contact().website(), data.bankAccounts(),
                    data.payoutInterval());
        }
    }

    @Command(name = "submit-declaration", description = {"The seller declares its data complete: WAITING_FOR_DECLARATION "
            + "-> WAITING_FOR_SIGNATURE. May complete or correct the organization, contact and bank fields."})
    static final class SubmitDeclaration extends Submission {
        SubmitDeclaration(UseCases useCases) {
            super(useCases, CaseAction.SUBMIT_DECLARATION);
        }
    }

    @Command(name = "sign", description = "The seller signs: WAITING_FOR_SIGNATURE -> AUTOMATIC_REVIEW, and screening runs "
            + "at once (ACTIVE when organization number, bank account and contact data are valid; otherwise "
            + "UNDER_MANUAL_REVIEW).")
    static final class Sign extends Step {
        Sign(UseCases useCases) {
            super(useCases, CaseAction.SIGN);
        }
    }

    @Command(name = "submit-details", description = "The seller answers a request for details: WAITING_FOR_DETAILS -> "
            + "UNDER_MANUAL_REVIEW. May complete or correct the organization, contact and bank fields.")
    static final class SubmitDetails extends Submission {
        SubmitDetails(UseCases useCases) {
            super(useCases, CaseAction.SUBMIT_DETAILS);
        }
    }

    @Command(name = "archive", description = "Close a case that is not ACTIVE yet, or was declined: -> ARCHIVED.")
    static final class Archive extends Step {
        Archive(UseCases useCases) {
            super(useCases, CaseAction.ARCHIVE);
        }
    }

    @Command(name = "approve", description = "Reviewer: approve a case UNDER_MANUAL_REVIEW or in ERROR -> ACTIVE. The "
            + "seller's stores then get their empty fields filled from its validated organization data.")
    static final class Approve extends Decision {
        Approve(UseCases useCases) {
            super(useCases, CaseAction.APPROVE);
        }
    }

    @Command(name = "decline", description = "Reviewer: decline a case UNDER_MANUAL_REVIEW or in ERROR -> DECLINED.")
    static final class Decline extends Decision {
        Decline(UseCases useCases) {
            super(useCases, CaseAction.DECLINE);
        }
    }

    @Command(name = "request-details", description = "Reviewer: ask the seller for more details: UNDER_MANUAL_REVIEW -> "
            + "WAITING_FOR_DETAILS.")
    static final class RequestDetails extends Decision {
        RequestDetails(UseCases useCases) {
            super(useCases, CaseAction.REQUEST_DETAILS);
        }
    }

    @Command(name = "terminate", description = "End an ACTIVE seller: -> TERMINATED. Its terminals stop being enrolled.")
    static final class Terminate extends Decision {
        Terminate(UseCases useCases) {
            super(useCases, CaseAction.TERMINATE);
        }
    }
}
