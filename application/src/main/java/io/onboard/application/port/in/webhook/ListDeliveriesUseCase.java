package io.onboard.application.port.in.webhook;

import io.onboard.application.paging.Page;
import io.onboard.domain.webhook.Delivery;

/** A subscription's delivery log: each event sent to it, its attempts and the last outcome. */
public interface ListDeliveriesUseCase {
    Page<Delivery> list(ListDeliveriesQuery query);
}
