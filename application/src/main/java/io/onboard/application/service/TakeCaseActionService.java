package io.onboard.application.service;

import io.onboard.application.port.in.seller.CaseActionCommand;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.seller.TakeCaseActionUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.application.port.out.Screening;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import io.onboard.domain.seller.ScreeningOutcome;
import java.time.Instant;
import java.util.Set;

/**
 * Moves a KYC case along. Signing hands the case to screening, which runs outside the transaction (a real
 * screener is a remote call) and is recorded in a second one; a case that becomes ACTIVE fills its stores.
 */
public final class TakeCaseActionService implements TakeCaseActionUseCase {
    private static final Set<CaseAction> CARRY_DATA = Set.of(CaseAction.SUBMIT_DECLARATION, CaseAction.SUBMIT_DETAILS);

    private final CommandValidator validator = new CommandValidator();
    private final PayoutDestinations sellers;
    private final LinkedStores linkedStores;
    private final SellerViews views;
    private final Screening screening;
    private final Transactions transactions;
    private final Clock clock;

    TakeCaseActionService(PayoutDestinations sellers, LinkedStores linkedStores, SellerViews views, Screening screening,
                          Transactions transactions, Clock clock) {
        this.sellers = sellers;
        this.linkedStores = linkedStores;
        this.views = views;
        this.screening = screening;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PayoutDestinationView act(CaseActionCommand command) {
        Input in = validator.check(command);
        PayoutDestinationId id = in.parse("payout_destination_id", command.payoutDestinationId(), PayoutDestinationId::new);
        CaseData update = caseData(in, command);
        if (command.action() != null) {
            // Screening outcomes are actions too, but only the screening port may take them.
            in.check("action", () -> CaseAction.parseClientAction(command.action().wireName()));
        }
        if (command.reason() != null && command.action() != null && !command.action().isReview()) {
            in.reject("reason", command.action().wireName() + " takes no reason; only a reviewer's decision "
                    + "(approve, decline, request_details, terminate) does");
        }
        if (!update.isEmpty() && command.action() != null && !CARRY_DATA.contains(command.action())) {
            in.reject("action", command.action().wireName() + " carries no case data; use submit_declaration or submit_details");
        }
        in.done();

        PayoutDestination after = transactions.inTransaction(() -> {
            Instant now = clock.now();
            PayoutDestination seller = sellers.get(command.accountId(), id);
            return save(seller, next(seller, command, update, now), now);
        });
        if (after.awaitsScreening()) {
            after = screen(after);
        }
        return views.of(after);
    }

    private static PayoutDestination next(PayoutDestination seller, CaseActionCommand command, CaseData update, Instant now) {
        String reason = command.reason();
        return switch (command.action()) {
            case SUBMIT_DECLARATION -> seller.submitDeclaration(update, now);
            case SIGN -> seller.sign(now);
            case SUBMIT_DETAILS -> seller.submitDetails(update, now);
            case ARCHIVE -> seller.archive(now);
            case APPROVE -> seller.approve(reason, now);
            case DECLINE -> seller.decline(reason, now);
            case REQUEST_DETAILS -> seller.requestDetails(reason, now);
            case TERMINATE -> seller.terminate(reason, now);
            case SCREENING_PASSED, SCREENING_FLAGGED, SCREENING_FAILED ->
                    throw new IllegalArgumentException("screening outcomes come from the screening port, not from clients");
        };
    }

    private PayoutDestination screen(PayoutDestination signed) {
        ScreeningOutcome outcome;
        try {
            outcome = screening.screen(signed);
        } catch (RuntimeException e) {
            // A screener that cannot run must not leave the case stuck in AUTOMATIC_REVIEW: ERROR hands it to a reviewer.
            outcome = ScreeningOutcome.FAILED_TO_RUN;
        }
        ScreeningOutcome concluded = outcome;
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            PayoutDestination current = sellers.get(signed.accountId(), signed.id());
            return current.awaitsScreening() ? save(current, current.screened(concluded, now), now) : current;
        });
    }

    private PayoutDestination save(PayoutDestination before, PayoutDestination after, Instant now) {
        PayoutDestination saved = sellers.update(after);
        if (saved.isActive() && !before.isActive()) {
            linkedStores.fillFrom(saved, now);
        }
        return saved;
    }

    private static CaseData caseData(Input in, CaseActionCommand command) {
        Organization organization = Inputs.organization(in, "organization", command.organization());
        return new CaseData(organization,
                Inputs.contact(in, command.address(), command.phoneNumber(), command.email(), command.website()),
                Inputs.bankAccount(in, command.bankAccounts()),
                in.parse("payout_interval_type", command.payoutIntervalType(), PayoutInterval::parse));
    }
}
