package io.onboard.application.port.in.webhook;

import java.util.Objects;
import java.util.stream.Stream;

/** The webhook use cases a driving adapter offers (SPEC 9), handed out together; the dispatcher's stays apart. */
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
