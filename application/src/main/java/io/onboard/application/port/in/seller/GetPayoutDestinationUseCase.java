package io.onboard.application.port.in.seller;

import io.onboard.domain.account.AccountId;

/** Reads one seller of an account. */
public interface GetPayoutDestinationUseCase {
    PayoutDestinationView get(AccountId accountId, String payoutDestinationId);
}
