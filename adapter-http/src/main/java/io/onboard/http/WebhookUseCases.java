package io.onboard.http;

import io.onboard.application.port.in.webhook.CreateSubscriptionUseCase;
import io.onboard.application.port.in.webhook.DeleteSubscriptionUseCase;
import io.onboard.application.port.in.webhook.GetSubscriptionUseCase;
import io.onboard.application.port.in.webhook.ListDeliveriesUseCase;
import io.onboard.application.port.in.webhook.ListSubscriptionsUseCase;
import io.onboard.application.port.in.webhook.PingSubscriptionUseCase;
import io.onboard.application.port.in.webhook.RedeliverUseCase;
import io.onboard.application.port.in.webhook.RotateSecretUseCase;
import io.onboard.application.port.in.webhook.UpdateSubscriptionUseCase;
import java.util.Objects;
import java.util.stream.Stream;

/** The webhook use cases the API maps requests to (SPEC 9); the composition root fills it in. */
public record WebhookUseCases(CreateSubscriptionUseCase createSubscription, GetSubscriptionUseCase getSubscription,
                              ListSubscriptionsUseCase listSubscriptions, UpdateSubscriptionUseCase updateSubscription,
                              DeleteSubscriptionUseCase deleteSubscription, RotateSecretUseCase rotateSecret,
                              PingSubscriptionUseCase pingSubscription, ListDeliveriesUseCase listDeliveries,
                              RedeliverUseCase redeliver) {
    public WebhookUseCases {
        Stream.of(createSubscription, getSubscription, listSubscriptions, updateSubscription, deleteSubscription,
                rotateSecret, pingSubscription, listDeliveries, redeliver).forEach(Objects::requireNonNull);
    }
}
