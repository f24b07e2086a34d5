package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces a subscription's settings (its secret stays); {@code expectedVersion}, when given, refuses the change
 * with {@code PRECONDITION_FAILED} unless the subscription is still at that version.
 */
public record UpdateSubscriptionCommand(@NotNull AccountId accountId, @NotBlank String subscriptionId,
                                        @Valid @NotNull SubscriptionSettings settings, Long expectedVersion) {
    public static UpdateSubscriptionCommand of(AccountId accountId, String subscriptionId, SubscriptionSettings settings) {
        return new UpdateSubscriptionCommand(accountId, subscriptionId, settings, null);
    }

    public UpdateSubscriptionCommand expectingVersion(long version) {
        return new UpdateSubscriptionCommand(accountId, subscriptionId, settings, version);
    }
}
