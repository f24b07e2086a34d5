package io.onboard.application.service;

import io.onboard.application.builtin.SystemClock;
import io.onboard.application.builtin.SystemHostResolver;
import io.onboard.application.port.in.webhook.CreateSubscriptionUseCase;
import io.onboard.application.port.in.webhook.DeleteSubscriptionUseCase;
import io.onboard.application.port.in.webhook.DispatchWebhooksUseCase;
import io.onboard.application.port.in.webhook.GetSubscriptionUseCase;
import io.onboard.application.port.in.webhook.ListDeliveriesUseCase;
import io.onboard.application.port.in.webhook.ListSubscriptionsUseCase;
import io.onboard.application.port.in.webhook.PingSubscriptionUseCase;
import io.onboard.application.port.in.webhook.RedeliverUseCase;
import io.onboard.application.port.in.webhook.RotateSecretUseCase;
import io.onboard.application.port.in.webhook.UpdateSubscriptionUseCase;
import io.onboard.application.port.in.webhook.WebhookUseCases;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.HostResolver;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.WebhookSender;
import io.onboard.application.port.out.WebhookStorage;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The server's webhook use cases (SPEC 9): subscriptions, their delivery log, and the dispatcher that delivers the
 * events {@link Onboard} records. Kept apart from {@link Onboard}, like {@link Access}: an embedding system reads
 * events through the events API or its own storage and needs none of this.
 */
public final class Webhooks {
    private final CreateSubscriptionService createSubscription;
    private final GetSubscriptionService getSubscription;
    private final ListSubscriptionsService listSubscriptions;
    private final UpdateSubscriptionService updateSubscription;
    private final DeleteSubscriptionService deleteSubscription;
    private final RotateSecretService rotateSecret;
    private final PingSubscriptionService pingSubscription;
    private final ListDeliveriesService listDeliveries;
    private final RedeliverService redeliver;
    private final DispatchWebhooksService dispatch;

    /** {@code random} signs nothing itself but makes the secrets: it must be a secure generator outside tests. */
    public Webhooks(OnboardingStorage onboarding, WebhookStorage storage, WebhookSender sender, HostResolver resolver,
                    Clock clock, RandomGenerator random) {
        var tx = onboarding.transactions();
        var subscriptions = storage.subscriptions();
        var deliveries = storage.deliveries();
        var subscribers = new Subscribers(subscriptions, deliveries, onboarding.events());
        var targets = new WebhookTargets(resolver);
        createSubscription = new CreateSubscriptionService(subscriptions, subscribers, targets, tx, clock, random);
        getSubscription = new GetSubscriptionService(subscribers);
        listSubscriptions = new ListSubscriptionsService(subscriptions);
        updateSubscription = new UpdateSubscriptionService(subscriptions, subscribers, targets, tx, clock);
        deleteSubscription = new DeleteSubscriptionService(subscriptions, subscribers, tx);
        rotateSecret = new RotateSecretService(subscriptions, subscribers, tx, clock, random);
        pingSubscription = new PingSubscriptionService(subscribers, targets, sender, clock);
        listDeliveries = new ListDeliveriesService(subscribers, deliveries);
        redeliver = new RedeliverService(subscribers, deliveries, tx, clock);
        dispatch = new DispatchWebhooksService(onboarding.events(), subscriptions, deliveries, subscribers, targets,
                sender, tx, clock, random);
    }

    /** Webhooks resolving hosts with the system's resolver, on the system clock, with secrets from {@link SecureRandom}. */
    public static Webhooks withDefaults(OnboardingStorage onboarding, WebhookStorage storage, WebhookSender sender) {
        return new Webhooks(onboarding, storage, sender, new SystemHostResolver(), new SystemClock(), new SecureRandom());
    }

    public CreateSubscriptionUseCase createSubscription() {
        return createSubscription;
    }

    public GetSubscriptionUseCase getSubscription() {
        return getSubscription;
    }

    public ListSubscriptionsUseCase listSubscriptions() {
        return listSubscriptions;
    }

    public UpdateSubscriptionUseCase updateSubscription() {
        return updateSubscription;
    }

    public DeleteSubscriptionUseCase deleteSubscription() {
        return deleteSubscription;
    }

    public RotateSecretUseCase rotateSecret() {
        return rotateSecret;
    }

    public PingSubscriptionUseCase pingSubscription() {
        return pingSubscription;
    }

    public ListDeliveriesUseCase listDeliveries() {
        return listDeliveries;
    }

    public RedeliverUseCase redeliver() {
        return redeliver;
    }

    /** The use cases a driving adapter offers, together. */
    public WebhookUseCases useCases() {
        return new WebhookUseCases(createSubscription, getSubscription, listSubscriptions, updateSubscription,
                deleteSubscription, rotateSecret, pingSubscription, listDeliveries, redeliver);
    }

    public DispatchWebhooksUseCase dispatch() {
        return dispatch;
    }
}
