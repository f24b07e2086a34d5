package io.onboard.application.service;

import io.onboard.application.port.in.webhook.CreateSubscriptionCommand;
import io.onboard.application.port.in.webhook.CreateSubscriptionUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import java.util.UUID;
import java.util.random.RandomGenerator;

/** Subscribes a receiver with a new secret; it receives the account's events from the next one on. */
public final class CreateSubscriptionService implements CreateSubscriptionUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Subscriptions subscriptions;
    private final Subscribers subscribers;
    private final WebhookTargets targets;
    private final Transactions transactions;
    private final Clock clock;
    private final RandomGenerator random;

    CreateSubscriptionService(Subscriptions subscriptions, Subscribers subscribers, WebhookTargets targets,
                              Transactions transactions, Clock clock, RandomGenerator random) {
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.targets = targets;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Subscription create(CreateSubscriptionCommand command) {
        Input in = validator.check(command);
        SubscriptionInputs settings = SubscriptionInputs.parse(in, command.accountId(), command.settings(), targets);
        Subscription subscription = Subscription.create(SubscriptionId.of(UUID.randomUUID()), command.accountId(),
                settings.url(), settings.events(), settings.description(), settings.active(),
                SigningSecret.generate(random), clock.now());
        return transactions.inTransaction(() -> {
            Subscription stored = subscriptions.add(subscription);
            subscribers.startFromNow(stored);
            return stored;
        });
    }
}
