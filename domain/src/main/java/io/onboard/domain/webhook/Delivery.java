package io.onboard.domain.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One event on its way to one subscription (SPEC 9), with the outcome of its latest attempt. It stays
 * {@code PENDING} through retries on the {@link RetrySchedule} until a {@code 2xx} or three days have passed since
 * its first attempt. While an attempt is under way the delivery is claimed: not due again before the claim
 * expires, so a crash mid-attempt means the attempt is made again, never that it is lost.
 */
public final class Delivery {
    private final DeliveryId id;
    private final SubscriptionId subscriptionId;
    private final AccountId accountId;
    private final EventId eventId;
    private final EventType eventType;
    private final String resourceId;
    private final long eventSequence;
    private final DeliveryStatus status;
    private final int attempts;
    private final Instant createdAt;
    private final Instant firstAttemptAt;
    private final Instant nextAttemptAt;
    private final Instant lastAttemptAt;
    private final DeliveryAttempt lastAttempt;
    private final long version;

    private Delivery(DeliveryId id, SubscriptionId subscriptionId, AccountId accountId, EventId eventId,
                     EventType eventType, String resourceId, long eventSequence, DeliveryStatus status, int attempts,
                     Instant createdAt, Instant firstAttemptAt, Instant nextAttemptAt, Instant lastAttemptAt,
                     DeliveryAttempt lastAttempt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.subscriptionId = Objects.requireNonNull(subscriptionId, "subscriptionId");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.eventId = Objects.requireNonNull(eventId, "eventId");
        this.eventType = Objects.requireNonNull(eventType, "eventType");
        this.resourceId = Objects.requireNonNull(resourceId, "resourceId");
        this.eventSequence = eventSequence;
        this.status = Objects.requireNonNull(status, "status");
        this.attempts = attempts;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.firstAttemptAt = firstAttemptAt;
        this.nextAttemptAt = status == DeliveryStatus.PENDING ? Objects.requireNonNull(nextAttemptAt, "nextAttemptAt") : null;
        this.lastAttemptAt = lastAttemptAt;
        this.lastAttempt = lastAttempt;
        this.version = version;
    }

    /** A new delivery of an account's event, due at once. */
    public static Delivery of(DeliveryId id, SubscriptionId subscriptionId, AccountId accountId, EventId eventId,
                              EventType eventType, String resourceId, long eventSequence, Instant now) {
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence,
                DeliveryStatus.PENDING, 0, now, null, now, null, null, 0);
    }

    /** Rebuilds a stored delivery as it was saved; for storage adapters. */
    public static Delivery restore(DeliveryId id, SubscriptionId subscriptionId, AccountId accountId, EventId eventId,
                                   EventType eventType, String resourceId, long eventSequence, DeliveryStatus status,
                                   int attempts, Instant createdAt, Instant firstAttemptAt, Instant nextAttemptAt,
                                   Instant lastAttemptAt, DeliveryAttempt lastAttempt, long version) {
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence, status,
                attempts, createdAt, firstAttemptAt, nextAttemptAt, lastAttemptAt, lastAttempt, version);
    }

    /** Taken for an attempt at {@code now}: not due again until {@code claimFor} has passed without an outcome. */
    public Delivery claim(Instant now, Duration claimFor) {
        requirePending();
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence, status,
                attempts, createdAt, firstAttemptAt, now.plus(claimFor), lastAttemptAt, lastAttempt, version);
    }

    /**
     * The outcome of the attempt made at {@code attemptedAt}: delivered on a {@code 2xx}; otherwise due again on the
     * retry schedule, or failed once three days have passed since the first attempt.
     */
    public Delivery record(DeliveryAttempt attempt, Instant attemptedAt, RandomGenerator random) {
        requirePending();
        Instant first = firstAttemptAt == null ? attemptedAt : firstAttemptAt;
        int made = attempts + 1;
        if (attempt.delivered()) {
            return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence,
                    DeliveryStatus.DELIVERED, made, createdAt, first, null, attemptedAt, attempt, version);
        }
        Optional<Instant> next = RetrySchedule.next(made, first, attemptedAt, random);
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence,
                next.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED, made, createdAt, first,
                next.orElse(null), attemptedAt, attempt, version);
    }

    /** Given up without a further attempt, saying why (its subscription was turned off). */
    public Delivery abandon(String why, Instant now) {
        requirePending();
        DeliveryAttempt last = lastAttempt != null ? new DeliveryAttempt(lastAttempt.httpStatus(),
                lastAttempt.duration(), Optional.of(why)) : DeliveryAttempt.unanswered(Duration.ZERO, why);
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence,
                DeliveryStatus.FAILED, attempts, createdAt, firstAttemptAt, null, lastAttemptAt, last, version);
    }

    /**
     * Sent again as soon as the dispatcher may (after the same resource's earlier pending events), as a new round:
     * its three days of retries count from the next attempt.
     */
    public Delivery redeliver(Instant now) {
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence,
                DeliveryStatus.PENDING, 0, createdAt, null, now, lastAttemptAt, lastAttempt, version);
    }

    private void requirePending() {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("delivery " + id + " is " + status.wireName() + ", not pending");
        }
    }

    public DeliveryId id() {
        return id;
    }

    public SubscriptionId subscriptionId() {
        return subscriptionId;
    }

    public AccountId accountId() {
        return accountId;
    }

    public EventId eventId() {
        return eventId;
    }

    public EventType eventType() {
        return eventType;
    }

    /** The resource the event is about: deliveries of one resource reach a subscription in sequence order. */
    public String resourceId() {
        return resourceId;
    }

    public long eventSequence() {
        return eventSequence;
    }

    public DeliveryStatus status() {
        return status;
    }

    /** Attempts made in this round (a redelivery starts a new one). */
    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> firstAttemptAt() {
        return Optional.ofNullable(firstAttemptAt);
    }

    /** When it is due (or its claim expires) while pending; empty once delivered or failed. */
    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Optional<Instant> lastAttemptAt() {
        return Optional.ofNullable(lastAttemptAt);
    }

    public Optional<DeliveryAttempt> lastAttempt() {
        return Optional.ofNullable(lastAttempt);
    }

    public OptionalInt lastHttpStatus() {
        return lastAttempt == null ? OptionalInt.empty() : lastAttempt.httpStatus();
    }

    public long version() {
        return version;
    }

    /** This delivery as storage saved it under {@code storedVersion}; for storage adapters. */
    public Delivery storedAt(long storedVersion) {
        return new Delivery(id, subscriptionId, accountId, eventId, eventType, resourceId, eventSequence, status,
                attempts, createdAt, firstAttemptAt, nextAttemptAt, lastAttemptAt, lastAttempt, storedVersion);
    }

    @Override
    public String toString() {
        return "Delivery[" + id + " " + eventId + " " + status.wireName() + " after " + attempts + " v" + version + "]";
    }
}
