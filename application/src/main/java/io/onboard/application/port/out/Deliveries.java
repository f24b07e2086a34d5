package io.onboard.application.port.out;

import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.SubscriptionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The webhook outbox: a delivery per event and subscription, and how far each subscription's events have been
 * turned into deliveries. Written by the dispatcher, in transactions of its own after the change was committed;
 * the events themselves are the durable record it works from.
 */
public interface Deliveries {
    /** Stores new deliveries, at version 1; an event is delivered to a subscription at most once this way. */
    void add(List<Delivery> deliveries);

    /**
     * Saves a changed delivery if it is still at the version it was read at, and says whether it was; one that
     * changed meanwhile (redelivered, or its subscription deleted) is left as it is.
     */
    boolean update(Delivery delivery);

    Optional<Delivery> find(AccountId account, DeliveryId id);

    /** A page of one subscription's deliveries in event order, optionally only those of one status. */
    Page<Delivery> list(DeliveryQuery query);

    /**
     * Up to {@code limit} pending deliveries due at {@code now}, soonest first, each the earliest pending one of its
     * resource for its subscription: a later event of a resource waits until the earlier is delivered or failed.
     */
    List<Delivery> due(Instant now, int limit);

    /** The pending deliveries of a subscription (to give them up when it is turned off). */
    List<Delivery> pending(SubscriptionId subscription);

    /** How far the subscription's events have been fanned out and how its receiver has been doing. */
    Optional<SubscriptionProgress> progress(SubscriptionId subscription);

    void saveProgress(SubscriptionProgress progress);
}
