package io.onboard.application.port.out;

import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import java.util.Optional;

/** The sellers (payout destinations) of every account. */
public interface PayoutDestinations {
    /**
     * Stores a new seller and returns it as stored (version 1). Refuses {@code DUPLICATE_PAYOUT_DESTINATION}
     * when its id is taken in the account and {@code DUPLICATE_LEGAL_ENTITY} when the account already has a
     * seller with the same country and organization number, even under concurrent writers.
     */
    PayoutDestination add(PayoutDestination seller);

    /**
     * Replaces a stored seller and returns it with its version raised by one; {@code CONCURRENT_MODIFICATION}
     * when the stored version is no longer the one {@code seller} was read at, {@code NOT_FOUND} when it was
     * never stored.
     */
    PayoutDestination update(PayoutDestination seller);

    Optional<PayoutDestination> find(AccountId account, PayoutDestinationId id);

    default PayoutDestination get(AccountId account, PayoutDestinationId id) {
        return find(account, id).orElseThrow(() -> new NotFoundException("payout destination", id.value()));
    }

    Optional<PayoutDestination> findByOrganizationNumber(AccountId account, OrganizationNumber number);

    Page<PayoutDestination> list(PayoutDestinationQuery query);
}
