package io.onboard.application.port.in.seller;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/** Which sellers to list: a page (limit 1-100, default 10; cursor) and optionally one case status. */
public record ListPayoutDestinationsQuery(@NotNull AccountId accountId, Integer limit, String startingAfter,
                                          String caseStatus) {
}
