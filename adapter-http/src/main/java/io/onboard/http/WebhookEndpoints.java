package io.onboard.http;

import io.onboard.application.port.in.webhook.WebhookUseCases;
import io.onboard.application.port.in.webhook.CreateSubscriptionCommand;
import io.onboard.application.port.in.webhook.ListDeliveriesQuery;
import io.onboard.application.port.in.webhook.RotateSecretCommand;
import io.onboard.application.port.in.webhook.UpdateSubscriptionCommand;
import io.onboard.domain.access.Scope;
import io.onboard.domain.webhook.Subscription;
import io.onboard.representation.DeliveryResponse;
import io.onboard.representation.ListResponses;
import io.onboard.representation.PingResponse;
import io.onboard.representation.RotateSecretRequest;
import io.onboard.representation.SubscriptionRequest;
import io.onboard.representation.SubscriptionResponse;
import java.time.Duration;
import java.util.List;

/** Webhook subscriptions on Dintero's path, with their delivery log (SPEC 9). */
final class WebhookEndpoints {
    static final String SUBSCRIPTIONS = "/v1/accounts/{aid}/hooks/subscriptions";
    static final String SUBSCRIPTION = SUBSCRIPTIONS + "/{subscription_id}";

    private final WebhookUseCases useCases;

    WebhookEndpoints(WebhookUseCases useCases) {
        this.useCases = useCases;
    }

    void register(Router router) {
        router.post(SUBSCRIPTIONS, Scope.WRITE_ACCOUNTS, this::create);
        router.get(SUBSCRIPTIONS, Scope.READ_ACCOUNTS, this::list);
        router.get(SUBSCRIPTION, Scope.READ_ACCOUNTS, this::get);
        router.put(SUBSCRIPTION, Scope.WRITE_ACCOUNTS, this::update);
        router.delete(SUBSCRIPTION, Scope.WRITE_ACCOUNTS, this::delete);
        router.post(SUBSCRIPTION + "/rotate_secret", Scope.WRITE_ACCOUNTS, this::rotate);
        router.post(SUBSCRIPTION + "/ping", Scope.WRITE_ACCOUNTS, this::ping);
        router.get(SUBSCRIPTION + "/deliveries", Scope.READ_ACCOUNTS, this::deliveries);
        router.post(SUBSCRIPTION + "/deliveries/{delivery_id}/redeliver", Scope.WRITE_ACCOUNTS, this::redeliver);
    }

    private Reply create(Call call) {
        Subscription created = useCases.createSubscription().create(CreateSubscriptionCommand.of(call.account(),
                call.body(SubscriptionRequest.class).toSettings()));
        return Reply.createdShowingOnce(SubscriptionResponse.withSecret(created), SubscriptionResponse.from(created),
                created.version(), call.pathTo(SUBSCRIPTIONS, created.id().value()));
    }

    private Reply list(Call call) {
        return Reply.ok(ListResponses.subscriptions(useCases.listSubscriptions().list(call.account(),
                Queries.limit(call), call.query("starting_after"))));
    }

    private Reply get(Call call) {
        return one(useCases.getSubscription().get(call.account(), call.path("subscription_id")));
    }

    private List<Reply> current(Call call) {
        return List.of(get(call));
    }

    private Reply update(Call call) {
        Long expected = call.expectedVersion(() -> current(call));
        SubscriptionRequest request = call.body(SubscriptionRequest.class);
        return one(useCases.updateSubscription().update(new UpdateSubscriptionCommand(call.account(),
                call.path("subscription_id"), request.toSettings(), expected)));
    }

    private Reply delete(Call call) {
        Long expected = call.expectedVersion(() -> current(call));
        call.noBody();
        return one(useCases.deleteSubscription().delete(call.account(), call.path("subscription_id"), expected));
    }

    private Reply rotate(Call call) {
        RotateSecretRequest request = call.optionalBody(RotateSecretRequest.class, new RotateSecretRequest(null));
        Long seconds = request.expirePreviousInSeconds();
        Subscription rotated = useCases.rotateSecret().rotate(new RotateSecretCommand(call.account(),
                call.path("subscription_id"), seconds == null ? null : Duration.ofSeconds(seconds)));
        return Reply.okShowingOnce(SubscriptionResponse.withSecret(rotated), SubscriptionResponse.from(rotated),
                rotated.version());
    }

    private Reply ping(Call call) {
        call.noBody();
        return Reply.ok(PingResponse.from(useCases.pingSubscription().ping(call.account(), call.path("subscription_id"))));
    }

    private Reply deliveries(Call call) {
        return Reply.ok(ListResponses.deliveries(useCases.listDeliveries().list(new ListDeliveriesQuery(call.account(),
                call.path("subscription_id"), Queries.limit(call), call.query("starting_after"), call.query("status")))));
    }

    private Reply redeliver(Call call) {
        call.noBody();
        return Reply.ok(DeliveryResponse.from(useCases.redeliver().redeliver(call.account(),
                call.path("subscription_id"), call.path("delivery_id"))));
    }

    private static Reply one(Subscription subscription) {
        return Reply.ok(SubscriptionResponse.from(subscription), subscription.version());
    }
}
