package io.onboard.application.port.in.webhook;

import io.onboard.domain.account.AccountId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * Gives a subscription a new signing secret; the previous one still signs for {@code expirePreviousIn} (null: a
 * day, {@link #DEFAULT_OVERLAP}), so the receiver can switch without refusing a delivery.
 */
public record RotateSecretCommand(@NotNull AccountId accountId, @NotBlank String subscriptionId, Duration expirePreviousIn) {
    public static final Duration DEFAULT_OVERLAP = Duration.ofDays(1);

    public static RotateSecretCommand of(AccountId accountId, String subscriptionId) {
        return new RotateSecretCommand(accountId, subscriptionId, null);
    }

    public RotateSecretCommand expiringPreviousIn(Duration overlap) {
        return new RotateSecretCommand(accountId, subscriptionId, overlap);
    }
}
