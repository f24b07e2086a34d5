package io.onboard.application.service;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.webhook.DispatchWebhooksUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Deliveries;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.SubscriptionProgress;
import io.onboard.application.port.out.Transactions;
import io.onboard.application.port.out.WebhookMessage;
import io.onboard.application.port.out.WebhookSender;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryAttempt;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.RetrySchedule;
import io.onboard.domain.webhook.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.random.RandomGenerator;

/**
 * The webhook dispatcher's rules (SPEC 9). A round turns the events committed since the last round into one
 * delivery per matching active subscription, then claims the due deliveries, at most one per resource and
 * subscription (the storage picks only the earliest pending one of each), and sends them. Each outcome is recorded
 * in a transaction of its own: delivered, retried on the {@link RetrySchedule}, or failed; and a subscription whose
 * receiver has answered no {@code 2xx} for three days is turned off. Time comes from the {@link Clock} alone.
 */
public final class DispatchWebhooksService implements DispatchWebhooksUseCase {
    /** Deliveries claimed per round: enough for a fast receiver's throughput, few enough to share the writer. */
    static final int ROUND = 200;
    /** Events turned into deliveries per subscription and round. */
    static final int FAN_OUT = 100;
    /**
     * A claimed delivery is due again after this if its outcome is never recorded (the server died mid-attempt):
     * longer than an attempt can take, so a live attempt is not sent twice, and short, so a crash delays little.
     */
    static final Duration CLAIM = WebhookSender.TIMEOUT.plusSeconds(5);
    /** A subscription is turned off after this long without a {@code 2xx}. */
    static final Duration DEACTIVATE_AFTER = RetrySchedule.GIVE_UP_AFTER;

    private final Events events;
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Subscribers subscribers;
    private final WebhookTargets targets;
    private final WebhookSender sender;
    private final Transactions transactions;
    private final Clock clock;
    private final RandomGenerator random;

    DispatchWebhooksService(Events events, Subscriptions subscriptions, Deliveries deliveries, Subscribers subscribers,
                            WebhookTargets targets, WebhookSender sender, Transactions transactions, Clock clock,
                            RandomGenerator random) {
        this.events = events;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.subscribers = subscribers;
        this.targets = targets;
        this.sender = sender;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Round dispatch() {
        Instant now = clock.now();
        for (Subscription subscription : subscriptions.active()) {
            fanOut(subscription, now);
        }
        List<Delivery> claimed = claim(now);
        Map<String, Optional<Subscription>> subscribed = new HashMap<>();
        List<CompletableFuture<Void>> outcomes = new ArrayList<>(claimed.size());
        for (Delivery delivery : claimed) {
            Optional<Subscription> subscription = subscribed.computeIfAbsent(delivery.subscriptionId().value(),
                    id -> subscriptions.find(delivery.accountId(), delivery.subscriptionId()));
            outcomes.add(attempt(delivery, subscription));
        }
        return new Round(claimed.size(), CompletableFuture.allOf(outcomes.toArray(CompletableFuture[]::new)));
    }

    /** Turns the subscription's next events into deliveries and moves its mark past them, in one transaction. */
    private void fanOut(Subscription subscription, Instant now) {
        SubscriptionProgress progress = deliveries.progress(subscription.id())
                .orElseGet(() -> new SubscriptionProgress(subscription.id(), 0, Optional.empty()));
        Page<Event> next = events.list(new EventQuery(subscription.accountId(), Optional.empty(), Optional.empty(),
                new PageRequest(FAN_OUT, Optional.of(new Cursor(progress.fannedOutTo(), "")))));
        if (next.items().isEmpty()) {
            return;
        }
        List<Delivery> created = next.items().stream().filter(event -> subscription.receives(event.type()))
                .map(event -> Delivery.of(DeliveryId.at(now, random), subscription.id(), event.accountId(),
                        event.id(), event.type(), event.resourceId(), event.sequence(), now))
                .toList();
        long last = next.items().get(next.items().size() - 1).sequence();
        transactions.inTransaction(() -> {
            // the progress is re-read under the write lock: a round elsewhere may have fanned these out already
            SubscriptionProgress current = deliveries.progress(subscription.id()).orElse(progress);
            if (current.fannedOutTo() == progress.fannedOutTo()) {
                deliveries.add(created);
                deliveries.saveProgress(current.fannedOutTo(last));
            }
            return null;
        });
    }

    private List<Delivery> claim(Instant now) {
        return transactions.inTransaction(() -> {
            List<Delivery> claimed = new ArrayList<>();
            for (Delivery due : deliveries.due(now, ROUND)) {
                Delivery taken = due.claim(now, CLAIM);
                if (deliveries.update(taken)) {
                    claimed.add(taken.storedAt(due.version() + 1));
                }
            }
            return claimed;
        });
    }

    private CompletableFuture<Void> attempt(Delivery delivery, Optional<Subscription> subscription) {
        Optional<Event> event = events.find(delivery.accountId(), delivery.eventId());
        if (subscription.isEmpty() || !subscription.get().active() || event.isEmpty()) {
            String why = subscription.isEmpty() ? "the subscription was deleted"
                    : event.isEmpty() ? "the event is no longer kept" : "the subscription is turned off";
            transactions.inTransaction(() -> deliveries.update(delivery.abandon(why, clock.now())));
            return CompletableFuture.completedFuture(null);
        }
        Subscription target = subscription.get();
        Instant now = clock.now();
        try {
            WebhookMessage message = new WebhookMessage(target.url(), targets.addresses(target.accountId(), target.url()),
                    event.get(), delivery.id(), target.signingSecrets(now), now);
            return sender.send(message).thenAccept(outcome -> record(delivery, outcome));
        } catch (InvalidValueException refused) {
            record(delivery, DeliveryAttempt.unanswered(Duration.ZERO, refused.getMessage()));
            return CompletableFuture.completedFuture(null);
        }
    }

    /** The attempt's outcome, and what it says about the receiver: three days of failures turn it off. */
    private void record(Delivery delivery, DeliveryAttempt outcome) {
        transactions.inTransaction(() -> {
            Instant now = clock.now();
            if (!deliveries.update(delivery.record(outcome, now, random))) {
                return null; // redelivered or deleted meanwhile: that change stands
            }
            SubscriptionProgress progress = deliveries.progress(delivery.subscriptionId())
                    .orElseGet(() -> new SubscriptionProgress(delivery.subscriptionId(), 0, Optional.empty()));
            SubscriptionProgress after = progress.after(outcome.delivered(), now);
            if (!after.equals(progress)) {
                deliveries.saveProgress(after);
            }
            Optional<Instant> failingSince = after.failingSince();
            if (failingSince.isPresent() && !now.isBefore(failingSince.get().plus(DEACTIVATE_AFTER))) {
                deactivate(delivery, failingSince.get(), now);
            }
            return null;
        });
    }

    private void deactivate(Delivery delivery, Instant failingSince, Instant now) {
        subscriptions.find(delivery.accountId(), delivery.subscriptionId()).filter(Subscription::active)
                .ifPresent(subscription -> {
                    Subscription off = subscriptions.update(subscription.deactivate("no 2xx answer from the receiver since "
                            + failingSince + "; turned off after " + DEACTIVATE_AFTER.toDays() + " days", now));
                    subscribers.abandonPending(off, "the subscription was turned off", now);
                });
    }
}
