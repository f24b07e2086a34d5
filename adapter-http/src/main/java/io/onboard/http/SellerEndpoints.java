package io.onboard.http;

import io.javalin.http.Context;
import io.onboard.application.port.in.seller.ListPayoutDestinationsQuery;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.domain.access.Scope;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.seller.CaseAction;
import io.onboard.representation.CaseActionRequest;
import io.onboard.representation.ListResponses;
import io.onboard.representation.PayoutDestinationRequest;
import io.onboard.representation.PayoutDestinationResponse;

/** Sellers (payout destinations) and their KYC case: apply, read, list and the case actions. */
final class SellerEndpoints {
    static final String APPROVALS = "/v1/accounts/{aid}/management/settings/approvals/payout-destinations";
    static final String SELLERS = "/v1/accounts/{aid}/payout-destinations";

    private final UseCases useCases;

    SellerEndpoints(UseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.post(APPROVALS, Scope.WRITE_ACCOUNTS, this::apply);
        router.post(APPROVALS + "/{payout_destination_id}/{action}", SellerEndpoints::scopeOfAction, this::act);
        for (String base : new String[] {APPROVALS, SELLERS}) {
            router.get(base, Scope.READ_ACCOUNTS, this::list);
            router.get(base + "/{payout_destination_id}", Scope.READ_ACCOUNTS, this::get);
        }
    }

    private Reply apply(Call call) {
        PayoutDestinationView view = useCases.applyForPayoutDestination()
                .apply(call.body(PayoutDestinationRequest.class).toCommand(call.account()));
        return Reply.created(PayoutDestinationResponse.from(view), view.version(),
                call.pathTo(APPROVALS, view.payoutDestinationId().value()));
    }

    private Reply act(Call call) {
        CaseAction action = action(call.path("action"));
        CaseActionRequest request = call.optionalBody(CaseActionRequest.class, CaseActionRequest.EMPTY);
        PayoutDestinationView view = useCases.takeCaseAction()
                .act(request.toCommand(call.account(), call.path("payout_destination_id"), action));
        return Reply.ok(PayoutDestinationResponse.from(view), view.seller().version());
    }

    private Reply get(Call call) {
        PayoutDestinationView view = useCases.getPayoutDestination().get(call.account(), call.path("payout_destination_id"));
        return Reply.ok(PayoutDestinationResponse.from(view), view.seller().version());
    }

    private Reply list(Call call) {
        var page = useCases.listPayoutDestinations().list(new ListPayoutDestinationsQuery(call.account(),
                Queries.limit(call), call.query("starting_after"), call.query("case_status")));
        return Reply.ok(ListResponses.payoutDestinations(page));
    }

    /** Reviewer decisions need admin; the seller's own steps (and anything unknown, refused later) need write. */
    private static Scope scopeOfAction(Context ctx) {
        try {
            return CaseAction.parseClientAction(ctx.pathParam("action")).isReview()
                    ? Scope.ADMIN_ACCOUNTS : Scope.WRITE_ACCOUNTS;
        } catch (InvalidValueException unknown) {
            return Scope.WRITE_ACCOUNTS;
        }
    }

    private static CaseAction action(String name) {
        try {
            return CaseAction.parseClientAction(name);
        } catch (InvalidValueException unknown) {
            throw new HttpError(404, HttpError.NOT_FOUND, unknown.getMessage());
        }
    }
}
