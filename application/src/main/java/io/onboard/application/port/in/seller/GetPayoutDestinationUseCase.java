package io.onboard.application.port.in.seller;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;

/** Reads one seller of an account. */
public interface GetPayoutDestinationUseCase {
    PayoutDestinationView get(AccountId accountId, String payoutDestinationId);

    default PayoutDestinationView get(AccountId accountId, PayoutDestinationId payoutDestinationId) {
        return get(accountId, payoutDestinationId.value());
    }
}
