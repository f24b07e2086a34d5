package io.onboard.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.onboard.domain.webhook.Subscription;
import java.time.Instant;
import java.util.List;

/**
 * A webhook subscription as the API shows it. {@code secret} is there only in the answers that make one (create and
 * rotate_secret); {@code previous_secret_expires_at} says until when the secret before it still signs.
 */
public record SubscriptionResponse(String id, String accountId, String url, List<String> events, String description,
                                   boolean active, String deactivationReason, Instant previousSecretExpiresAt,
                                   Instant createdAt, Instant updatedAt,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {
    public static SubscriptionResponse from(Subscription subscription) {
        return new SubscriptionResponse(subscription.id().value(), subscription.accountId().value(),
                subscription.url().toString(), subscription.events().names(), subscription.description().orElse(null),
                subscription.active(), subscription.deactivationReason().orElse(null),
                subscription.previousSecretExpiresAt().orElse(null), subscription.createdAt(), subscription.updatedAt(),
                null);
    }

    /** The answer that shows the secret, once. */
    public static SubscriptionResponse withSecret(Subscription subscription) {
        SubscriptionResponse shown = from(subscription);
        return new SubscriptionResponse(shown.id, shown.accountId, shown.url, shown.events, shown.description,
                shown.active, shown.deactivationReason, shown.previousSecretExpiresAt, shown.createdAt, shown.updatedAt,
                subscription.secret().value());
    }
}
