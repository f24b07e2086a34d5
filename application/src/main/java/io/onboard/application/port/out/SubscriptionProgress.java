package io.onboard.application.port.out;

import io.onboard.domain.webhook.SubscriptionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The dispatcher's state for one subscription, kept apart from the subscription the integrator edits: the sequence
 * of the last account event considered for it, and since when its receiver has answered nothing but failures.
 */
public record SubscriptionProgress(SubscriptionId subscription, long fannedOutTo, Optional<Instant> failingSince) {
    public SubscriptionProgress {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(failingSince, "failingSince");
    }

    public SubscriptionProgress fannedOutTo(long sequence) {
        return new SubscriptionProgress(subscription, sequence, failingSince);
    }

    /** After an attempt: a success clears the failing streak, a failure starts one unless it has started. */
    public SubscriptionProgress after(boolean delivered, Instant now) {
        return new SubscriptionProgress(subscription, fannedOutTo,
                delivered ? Optional.empty() : Optional.of(failingSince.orElse(now)));
    }
}
