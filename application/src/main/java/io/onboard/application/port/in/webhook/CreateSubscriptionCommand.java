package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Subscribes a receiver to the account's events; the answer carries the signing secret, shown this once. */
public record CreateSubscriptionCommand(@NotNull AccountId accountId, @Valid @NotNull SubscriptionSettings settings) {
    public static CreateSubscriptionCommand of(AccountId accountId, SubscriptionSettings settings) {
        return new CreateSubscriptionCommand(accountId, settings);
    }
}
