package io.onboard.application.service;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.webhook.ListDeliveriesQuery;
import io.onboard.application.port.in.webhook.ListDeliveriesUseCase;
import io.onboard.application.port.out.Deliveries;
import io.onboard.application.port.out.DeliveryQuery;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryStatus;
import io.onboard.domain.webhook.Subscription;
import java.util.Optional;

/** Lists a subscription's deliveries a page at a time, optionally by status. */
public final class ListDeliveriesService implements ListDeliveriesUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Subscribers subscribers;
    private final Deliveries deliveries;

    ListDeliveriesService(Subscribers subscribers, Deliveries deliveries) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
    }

    @Override
    public Page<Delivery> list(ListDeliveriesQuery query) {
        Input in = validator.check(query);
        PageRequest page = Inputs.page(in, query.limit(), query.startingAfter());
        DeliveryStatus status = in.parse("status", query.status(), DeliveryStatus::parse);
        in.done();
        Subscription subscription = subscribers.get(query.accountId(), query.subscriptionId());
        return deliveries.list(new DeliveryQuery(query.accountId(), subscription.id(), Optional.ofNullable(status), page));
    }
}
