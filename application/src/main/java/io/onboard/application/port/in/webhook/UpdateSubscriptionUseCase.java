package io.onboard.application.port.in.webhook;

import io.onboard.domain.webhook.Subscription;

/** Replaces a subscription's settings; turning it on again resumes delivery from the account's next event. */
public interface UpdateSubscriptionUseCase {
    Subscription update(UpdateSubscriptionCommand command);
}
