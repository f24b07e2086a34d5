package io.onboard.application.port.in.webhook;

import io.onboard.domain.webhook.Subscription;

/** Gives a subscription a new signing secret, the answer carrying it this once. */
public interface RotateSecretUseCase {
    Subscription rotate(RotateSecretCommand command);
}
