package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.DeliveryQuery;
import io.onboard.application.port.out.SubscriptionProgress;
import io.onboard.application.port.out.WebhookStorage;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryAttempt;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.DeliveryStatus;
import io.onboard.domain.webhook.EventSelection;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import io.onboard.domain.webhook.WebhookUrl;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the webhook ports: subscriptions kept whole (both secrets included) under optimistic versions,
 * deliveries that an outdated writer cannot overwrite, the dispatcher's due list in each resource's order, and no
 * account seeing another's.
 */
public abstract class AbstractWebhookStorageContractTest extends PortContractTest {
    private final Random random = new Random(3);
    protected WebhookStorage webhooks;

    /** The webhook storage beside {@link #storage}, over the same database. */
    protected abstract WebhookStorage webhookStorage();

    @BeforeEach
    protected void addAccounts() {
        webhooks = webhookStorage();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
    }

    @Test
    public void a_subscription_is_kept_with_every_field_and_both_secrets_and_a_stale_update_is_refused() {
        Subscription added = webhooks.subscriptions().add(subscription(ACCOUNT, "http://localhost:8081/hooks"));
        Subscription rotated = webhooks.subscriptions().update(added.rotate(SigningSecret.generate(random),
                Duration.ofHours(2), T0.plusSeconds(5)).deactivate("the receiver is gone", T0.plusSeconds(6)));

        assertThat(added.version()).isEqualTo(1);
        Subscription found = webhooks.subscriptions().find(ACCOUNT, added.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.secret()).isEqualTo(rotated.secret());
        assertThat(found.previousSecret()).contains(added.secret());
        assertThat(found.previousSecretExpiresAt()).contains(T0.plusSeconds(5).plus(Duration.ofHours(2)));
        assertThat(found.deactivationReason()).contains("the receiver is gone");
        assertThat(found.events().names()).containsExactly("account_store_add", "account_terminal_update");
        assertThat(found.description()).contains("Till hooks");
        assertThat(found.url().toString()).isEqualTo("http://localhost:8081/hooks");
        assertThatThrownBy(() -> webhooks.subscriptions().update(added)).isInstanceOf(ConflictException.class);
    }

    @Test
    public void an_account_lists_and_finds_only_its_own_subscriptions_oldest_first() {
        Subscription first = webhooks.subscriptions().add(subscription(ACCOUNT, "http://localhost/1"));
        Subscription second = webhooks.subscriptions().add(subscription(ACCOUNT, "http://localhost/2", T0.plusMillis(1)));
        Subscription other = webhooks.subscriptions().add(subscription(OTHER_ACCOUNT, "http://localhost/3"));

        Page<Subscription> page = webhooks.subscriptions().list(ACCOUNT, PageRequest.first(1));
        Page<Subscription> next = webhooks.subscriptions().list(ACCOUNT, new PageRequest(1, page.next()));

        assertThat(page.items()).extracting(Subscription::id).containsExactly(first.id());
        assertThat(next.items()).extracting(Subscription::id).containsExactly(second.id());
        assertThat(next.next()).isEmpty();
        assertThat(webhooks.subscriptions().find(ACCOUNT, other.id())).isEmpty();
        assertThat(webhooks.subscriptions().active()).extracting(Subscription::id)
                .containsExactlyInAnyOrder(first.id(), second.id(), other.id());
    }

    @Test
    public void a_delivery_is_kept_with_its_outcome_and_a_writer_that_read_an_older_version_changes_nothing() {
        Subscription subscription = webhooks.subscriptions().add(subscription(ACCOUNT, "http://localhost/1"));
        Delivery delivery = delivery(subscription, "seller-1", 1);
        webhooks.deliveries().add(List.of(delivery));
        Delivery stored = webhooks.deliveries().find(ACCOUNT, delivery.id()).orElseThrow();
        Delivery failed = stored.record(DeliveryAttempt.answered(502, Duration.ofMillis(40), "bad gateway"),
                T0.plusSeconds(1), random);

        assertThat(webhooks.deliveries().update(failed)).isTrue();
        assertThat(webhooks.deliveries().update(failed)).isFalse();

        Delivery found = webhooks.deliveries().find(ACCOUNT, delivery.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(found.attempts()).isEqualTo(1);
        assertThat(found.nextAttemptAt()).isEqualTo(failed.nextAttemptAt());
        assertThat(found.lastAttempt()).contains(failed.lastAttempt().orElseThrow());
        assertThat(webhooks.deliveries().find(OTHER_ACCOUNT, delivery.id())).isEmpty();
        assertThatThrownBy(() -> webhooks.deliveries().add(List.of(Delivery.of(DeliveryId.of(UUID.randomUUID()),
                subscription.id(), ACCOUNT, delivery.eventId(), EventType.ACCOUNT_STORE_ADD, "seller-1", 1, T0))))
                .as("one event reaches a subscription through one delivery").isInstanceOf(RuntimeException.class);
    }

    @Test
    public void the_due_list_holds_each_resources_earliest_pending_delivery_soonest_first() {
        Subscription subscription = webhooks.subscriptions().add(subscription(ACCOUNT, "http://localhost/1"));
        Delivery a1 = delivery(subscription, "a", 1);
        Delivery a2 = delivery(subscription, "a", 2);
        Delivery b3 = delivery(subscription, "b", 3);
        Delivery c4 = delivery(subscription, "c", 4);
        webhooks.deliveries().add(List.of(a1, a2, b3, c4));
        webhooks.deliveries().update(stored(c4).claim(T0, Duration.ofMinutes(1)));

        assertThat(webhooks.deliveries().due(T0, 10)).extracting(Delivery::id).containsExactly(a1.id(), b3.id());
        assertThat(webhooks.deliveries().due(T0, 1)).extracting(Delivery::id).containsExactly(a1.id());

        webhooks.deliveries().update(stored(a1).record(DeliveryAttempt.answered(200, Duration.ofMillis(5), ""), T0, random));
        assertThat(webhooks.deliveries().due(T0.plusSeconds(60), 10)).extracting(Delivery::id)
                .containsExactly(a2.id(), b3.id(), c4.id());
        assertThat(webhooks.deliveries().pending(subscription.id())).extracting(Delivery::id)
                .containsExactlyInAnyOrder(a2.id(), b3.id(), c4.id());
        assertThat(webhooks.deliveries().list(new DeliveryQuery(ACCOUNT, subscription.id(),
                Optional.of(DeliveryStatus.DELIVERED), PageRequest.first(10))).items()).extracting(Delivery::id)
                .containsExactly(a1.id());
        assertThat(webhooks.deliveries().list(new DeliveryQuery(ACCOUNT, subscription.id(), Optional.empty(),
                PageRequest.first(10))).items()).extracting(Delivery::id).containsExactly(a1.id(), a2.id(), b3.id(), c4.id());
    }

    @Test
    public void progress_is_kept_apart_from_the_subscription_and_a_deleted_subscription_takes_its_deliveries_along() {
        Subscription subscription = webhooks.subscriptions().add(subscription(ACCOUNT, "http://localhost/1"));
        SubscriptionProgress progress = new SubscriptionProgress(subscription.id(), 42, Optional.of(T0));
        webhooks.deliveries().saveProgress(progress);
        webhooks.deliveries().add(List.of(delivery(subscription, "a", 1)));
        Subscription changed = webhooks.subscriptions().update(webhooks.subscriptions().find(ACCOUNT, subscription.id())
                .orElseThrow().change(subscription.url(), EventSelection.everything(), null, true, T0));

        assertThat(webhooks.deliveries().progress(subscription.id())).contains(progress);
        webhooks.subscriptions().delete(changed);

        assertThat(webhooks.subscriptions().find(ACCOUNT, subscription.id())).isEmpty();
        assertThat(webhooks.deliveries().due(T0, 10)).isEmpty();
        assertThat(webhooks.deliveries().progress(subscription.id())).isEmpty();
    }

    private Delivery stored(Delivery delivery) {
        return webhooks.deliveries().find(delivery.accountId(), delivery.id()).orElseThrow();
    }

    private Subscription subscription(AccountId account, String url) {
        return subscription(account, url, T0);
    }

    private Subscription subscription(AccountId account, String url, java.time.Instant createdAt) {
        return Subscription.create(SubscriptionId.of(UUID.randomUUID()), account, WebhookUrl.parse(url, account),
                EventSelection.of(EventType.ACCOUNT_TERMINAL_UPDATE, EventType.ACCOUNT_STORE_ADD), "Till hooks", true,
                SigningSecret.generate(random), createdAt);
    }

    private static Delivery delivery(Subscription subscription, String resource, long sequence) {
        return Delivery.of(DeliveryId.of(UUID.randomUUID()), subscription.id(), subscription.accountId(),
                EventId.of(UUID.randomUUID()), EventType.ACCOUNT_STORE_UPDATE, resource, sequence, T0);
    }
}
