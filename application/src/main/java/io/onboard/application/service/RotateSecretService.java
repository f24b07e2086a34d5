package io.onboard.application.service;

import io.onboard.application.port.in.webhook.RotateSecretCommand;
import io.onboard.application.port.in.webhook.RotateSecretUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.domain.webhook.Subscription;
import java.util.random.RandomGenerator;

/** Rotates a subscription's signing secret, keeping the previous one for the overlap asked for. */
public final class RotateSecretService implements RotateSecretUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Subscriptions subscriptions;
    private final Subscribers subscribers;
    private final Transactions transactions;
    private final Clock clock;
    private final RandomGenerator random;

    RotateSecretService(Subscriptions subscriptions, Subscribers subscribers, Transactions transactions, Clock clock,
                        RandomGenerator random) {
        this.subscriptions = subscriptions;
        this.subscribers = subscribers;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Subscription rotate(RotateSecretCommand command) {
        validator.check(command).done();
        SigningSecret next = SigningSecret.generate(random);
        return transactions.inTransaction(() -> {
            Subscription current = subscribers.get(command.accountId(), command.subscriptionId());
            var overlap = command.expirePreviousIn() == null ? RotateSecretCommand.DEFAULT_OVERLAP : command.expirePreviousIn();
            return subscriptions.update(current.rotate(next, overlap, clock.now()));
        });
    }
}
