package io.onboard.application.port.in.seller;

import io.onboard.application.paging.Page;

/** Lists an account's sellers in creation order, a page at a time. */
public interface ListPayoutDestinationsUseCase {
    Page<PayoutDestinationView> list(ListPayoutDestinationsQuery query);
}
