package io.onboard.application.inmemory;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Deliveries;
import io.onboard.application.port.out.DeliveryQuery;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.SubscriptionProgress;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.DeliveryStatus;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory subscriptions and deliveries. */
final class InMemoryWebhooks implements Subscriptions, Deliveries {
    private final InMemoryDatabase db;

    InMemoryWebhooks(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Subscription add(Subscription subscription) {
        return db.read(s -> {
            if (s.subscriptions.putIfAbsent(subscription.id(), subscription.storedAt(1)) != null) {
                throw new IllegalStateException("subscription id " + subscription.id() + " was generated twice");
            }
            return subscription.storedAt(1);
        });
    }

    @Override
    public Subscription update(Subscription subscription) {
        return db.read(s -> {
            Subscription stored = s.subscriptions.get(subscription.id());
            if (stored == null) {
                throw new NotFoundException("subscription", subscription.id().value());
            }
            InMemoryDatabase.requireVersion(stored.version(), subscription.version(), "subscription " + subscription.id());
            Subscription saved = subscription.storedAt(stored.version() + 1);
            s.subscriptions.put(saved.id(), saved);
            return saved;
        });
    }

    @Override
    public Optional<Subscription> find(AccountId account, SubscriptionId id) {
        return db.read(s -> Optional.ofNullable(s.subscriptions.get(id)).filter(sub -> sub.accountId().equals(account)));
    }

    @Override
    public Page<Subscription> list(AccountId account, PageRequest page) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.subscriptions.values()),
                sub -> sub.accountId().equals(account),
                sub -> new Cursor(sub.createdAt().toEpochMilli(), sub.id().value()), page));
    }

    @Override
    public void delete(Subscription subscription) {
        db.read(s -> {
            s.subscriptions.remove(subscription.id());
            s.progress.remove(subscription.id());
            s.deliveries.values().removeIf(delivery -> delivery.subscriptionId().equals(subscription.id()));
            return null;
        });
    }

    @Override
    public List<Subscription> active() {
        return db.read(s -> s.subscriptions.values().stream().filter(Subscription::active).toList());
    }

    @Override
    public void add(List<Delivery> deliveries) {
        db.read(s -> {
            for (Delivery delivery : deliveries) {
                boolean twice = s.deliveries.values().stream().anyMatch(d -> d.subscriptionId().equals(delivery.subscriptionId())
                        && d.eventId().equals(delivery.eventId()));
                if (twice || s.deliveries.putIfAbsent(delivery.id(), delivery.storedAt(1)) != null) {
                    throw new IllegalStateException("event " + delivery.eventId() + " is already on its way to "
                            + delivery.subscriptionId());
                }
            }
            return null;
        });
    }

    @Override
    public boolean update(Delivery delivery) {
        return db.read(s -> {
            Delivery stored = s.deliveries.get(delivery.id());
            if (stored == null || stored.version() != delivery.version()) {
                return false;
            }
            s.deliveries.put(delivery.id(), delivery.storedAt(stored.version() + 1));
            return true;
        });
    }

    @Override
    public Optional<Delivery> find(AccountId account, DeliveryId id) {
        return db.read(s -> Optional.ofNullable(s.deliveries.get(id)).filter(d -> d.accountId().equals(account)));
    }

    @Override
    public Page<Delivery> list(DeliveryQuery query) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.deliveries.values()),
                d -> d.accountId().equals(query.account()) && d.subscriptionId().equals(query.subscription())
                        && query.status().map(d.status()::equals).orElse(true),
                d -> new Cursor(d.eventSequence(), d.id().value()), query.page()));
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return db.read(s -> s.deliveries.values().stream()
                .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().orElseThrow().isAfter(now))
                .filter(d -> s.deliveries.values().stream().noneMatch(earlier -> earlier.status() == DeliveryStatus.PENDING
                        && earlier.subscriptionId().equals(d.subscriptionId()) && earlier.resourceId().equals(d.resourceId())
                        && earlier.eventSequence() < d.eventSequence()))
                .sorted(Comparator.comparing((Delivery d) -> d.nextAttemptAt().orElseThrow())
                        .thenComparingLong(Delivery::eventSequence))
                .limit(limit).toList());
    }

    @Override
    public List<Delivery> pending(SubscriptionId subscription) {
        return db.read(s -> s.deliveries.values().stream()
                .filter(d -> d.subscriptionId().equals(subscription) && d.status() == DeliveryStatus.PENDING).toList());
    }

    @Override
    public Optional<SubscriptionProgress> progress(SubscriptionId subscription) {
        return db.read(s -> Optional.ofNullable(s.progress.get(subscription)));
    }

    @Override
    public void saveProgress(SubscriptionProgress progress) {
        db.read(s -> s.progress.put(progress.subscription(), progress));
    }
}
