package io.onboard.application.service;

import io.onboard.application.port.in.seller.GetPayoutDestinationUseCase;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.PayoutDestinationId;

/** Reads one seller with its counts. */
public final class GetPayoutDestinationService implements GetPayoutDestinationUseCase {
    private final PayoutDestinations sellers;
    private final SellerViews views;

    GetPayoutDestinationService(PayoutDestinations sellers, SellerViews views) {
        this.sellers = sellers;
        this.views = views;
    }

    @Override
    public PayoutDestinationView get(AccountId accountId, String payoutDestinationId) {
        PayoutDestinationId id;
        try {
            id = new PayoutDestinationId(payoutDestinationId);
        } catch (InvalidValueException | NullPointerException e) {
            // An id that cannot exist names no seller: that is "not found", not a malformed request.
            throw new NotFoundException("payout destination", String.valueOf(payoutDestinationId));
        }
        return views.of(sellers.get(accountId, id));
    }
}
