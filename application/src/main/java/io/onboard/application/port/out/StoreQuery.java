package io.onboard.application.port.out;

import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of one account's stores, optionally filtered. Deleted stores are listed only when the status
 * filter asks for {@code DELETED}.
 */
public record StoreQuery(AccountId account, Optional<PayoutDestinationId> payoutDestination,
                         Optional<StoreStatus> status, PageRequest page) {
    public StoreQuery {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(payoutDestination, "payoutDestination");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(page, "page");
    }
}
