package io.onboard.application.port.in.store;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotNull;

/** Which stores to list: a page, and optionally one seller and one status. */
public record ListStoresQuery(@NotNull AccountId accountId, Integer limit, String startingAfter,
                              String payoutDestinationId, String status) {
}
