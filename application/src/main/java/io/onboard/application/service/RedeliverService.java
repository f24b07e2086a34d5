package io.onboard.application.service;

import io.onboard.application.port.in.webhook.RedeliverUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Deliveries;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.Subscription;
import java.util.Optional;

/** Puts a delivery back in the queue, due now; the dispatcher sends it in its resource's order. */
public final class RedeliverService implements RedeliverUseCase {
    private final Subscribers subscribers;
    private final Deliveries deliveries;
    private final Transactions transactions;
    private final Clock clock;

    RedeliverService(Subscribers subscribers, Deliveries deliveries, Transactions transactions, Clock clock) {
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Delivery redeliver(AccountId accountId, String subscriptionId, String deliveryId) {
        return transactions.inTransaction(() -> {
            Subscription subscription = subscribers.get(accountId, subscriptionId);
            Delivery delivery = parse(deliveryId).flatMap(id -> deliveries.find(accountId, id))
                    .filter(found -> found.subscriptionId().equals(subscription.id()))
                    .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
            Delivery again = delivery.redeliver(clock.now());
            if (!deliveries.update(again)) {
                throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION,
                        "delivery " + deliveryId + " changed meanwhile; read it again and retry");
            }
            return again.storedAt(delivery.version() + 1);
        });
    }

    private static Optional<DeliveryId> parse(String id) {
        try {
            return Optional.of(new DeliveryId(id));
        } catch (InvalidValueException notADeliveryId) {
            return Optional.empty();
        }
    }
}
