package io.onboard.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.webhook.CreateSubscriptionCommand;
import io.onboard.application.port.in.webhook.ListDeliveriesQuery;
import io.onboard.application.port.in.webhook.RotateSecretCommand;
import io.onboard.application.port.in.webhook.SubscriptionSettings;
import io.onboard.application.port.in.webhook.UpdateSubscriptionCommand;
import io.onboard.application.port.out.HostResolver;
import io.onboard.application.port.out.WebhookMessage;
import io.onboard.application.port.out.WebhookSender;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.event.EventType;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryAttempt;
import io.onboard.domain.webhook.DeliveryStatus;
import io.onboard.domain.webhook.Subscription;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's rules over in-memory storage, with a clock and a receiver the test controls, so three days of
 * retries run in milliseconds: what is delivered to whom, retries, order per resource, deactivation, redelivery,
 * rotation, claims that outlive a crash, and SSRF checks at delivery.
 */
class WebhookDispatchTest extends UseCaseTest {
    private static final AccountId PRODUCTION = AccountId.parse("P11223351");
    private final Map<String, List<InetAddress>> dns = new HashMap<>();
    private final List<WebhookMessage> sent = new ArrayList<>();
    /** How the receiver answers each message; 200 unless a test says otherwise. */
    private Function<WebhookMessage, DeliveryAttempt> receiver = message -> answered(200);
    private Webhooks webhooks;

    @BeforeEach
    void startWebhooks() throws UnknownHostException {
        dns.put("localhost", List.of(InetAddress.getByName("127.0.0.1")));
        dns.put("hooks.example.com", List.of(InetAddress.getByName("93.184.216.34")));
        HostResolver resolver = host -> dns.getOrDefault(host, List.of());
        WebhookSender sender = message -> {
            sent.add(message);
            return CompletableFuture.completedFuture(receiver.apply(message));
        };
        webhooks = new Webhooks(storage, memory.webhooks(), sender, resolver, clock, new Random(7));
    }

    @Test
    void a_change_reaches_each_subscription_that_selected_its_type_once_and_no_other() {
        Subscription stores = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/stores").events(EventType.ACCOUNT_STORE_ADD));
        subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/terminals").events(EventType.ACCOUNT_TERMINAL_ADD));
        subscribe(Seed.OTHER_ACCOUNT, SubscriptionSettings.to("http://localhost:9/other"));
        activeSeller(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        store(Seed.ACCOUNT, "store-1", "seller-1");

        dispatchUntilQuiet();
        dispatchUntilQuiet();

        assertThat(sent).extracting(m -> m.url().toString() + " " + m.event().type())
                .containsExactly("http://localhost:9/stores ACCOUNT_STORE_ADD");
        assertThat(sent.get(0).secrets()).containsExactly(stores.secret());
        assertThat(deliveries(stores, null)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastHttpStatus()).hasValue(200);
        });
    }

    @Test
    void events_from_before_a_subscription_are_not_delivered_to_it() {
        activeSeller(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/all"));

        dispatchUntilQuiet();

        assertThat(sent).isEmpty();
    }

    @Test
    void a_failed_delivery_is_retried_on_the_schedule_and_fails_after_three_days_turning_the_subscription_off() {
        Subscription subscription = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/down"));
        receiver = message -> answered(500);
        applicant(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);

        dispatchUntilQuiet();
        assertThat(sent).hasSize(1);
        clock.advance(Duration.ofSeconds(47)); // the first retry comes after about a minute, jitter included
        dispatchUntilQuiet();
        assertThat(sent).hasSize(1);
        int days = 0;
        while (webhooks.getSubscription().get(Seed.ACCOUNT, subscription.id().value()).active() && days++ < 10) {
            clock.advance(Duration.ofHours(1));
            for (int hour = 0; hour < 24; hour++) {
                dispatchUntilQuiet();
                clock.advance(Duration.ofHours(1));
            }
        }

        Subscription off = webhooks.getSubscription().get(Seed.ACCOUNT, subscription.id().value());
        assertThat(off.active()).isFalse();
        assertThat(off.deactivationReason()).hasValueSatisfying(reason -> assertThat(reason).contains("no 2xx"));
        assertThat(deliveries(subscription, null)).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.attempts()).isBetween(8, 10); // 1 min, 5 min, 30 min, 2 h, 6 h, 12 h, then daily
            assertThat(delivery.lastAttempt().orElseThrow().error()).hasValue("HTTP 500");
        });
        int attempts = sent.size();
        applicant(Seed.ACCOUNT, "seller-2", Seed.OTHER_ORGANIZATION_NUMBER);
        dispatchUntilQuiet();
        assertThat(sent).hasSize(attempts);
    }

    @Test
    void a_resources_later_event_waits_for_its_earlier_one_while_other_resources_flow() {
        Subscription subscription = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/all"));
        receiver = message -> message.event().resourceId().equals("seller-1") && sentFor("seller-1") == 1
                ? answered(503) : answered(200);
        applicant(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        act(Seed.ACCOUNT, "seller-1", io.onboard.domain.seller.CaseAction.SUBMIT_DECLARATION);
        applicant(Seed.ACCOUNT, "seller-2", Seed.OTHER_ORGANIZATION_NUMBER);
        act(Seed.ACCOUNT, "seller-2", io.onboard.domain.seller.CaseAction.SUBMIT_DECLARATION);

        dispatchUntilQuiet();
        assertThat(sent).extracting(m -> m.event().resourceId() + "#" + m.event().sequence())
                .containsExactly("seller-1#1", "seller-2#3", "seller-2#4");

        clock.advance(Duration.ofMinutes(2));
        dispatchUntilQuiet();

        assertThat(sent).extracting(m -> m.event().resourceId() + "#" + m.event().sequence())
                .containsExactly("seller-1#1", "seller-2#3", "seller-2#4", "seller-1#1", "seller-1#2");
        assertThat(deliveries(subscription, DeliveryStatus.DELIVERED)).hasSize(4);
    }

    @Test
    void a_delivery_is_redelivered_on_request_and_logged_again() {
        Subscription subscription = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/all"));
        applicant(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        dispatchUntilQuiet();
        Delivery delivered = deliveries(subscription, null).get(0);

        Delivery again = webhooks.redeliver().redeliver(Seed.ACCOUNT, subscription.id().value(), delivered.id().value());
        assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
        dispatchUntilQuiet();

        assertThat(sent).extracting(m -> m.deliveryId()).containsExactly(delivered.id(), delivered.id());
        assertThat(deliveries(subscription, DeliveryStatus.DELIVERED)).hasSize(1);
        refusal(ErrorCode.NOT_FOUND, () -> webhooks.redeliver().redeliver(Seed.OTHER_ACCOUNT, subscription.id().value(),
                delivered.id().value()));
    }

    @Test
    void after_a_rotation_deliveries_carry_both_secrets_until_the_overlap_ends() {
        Subscription subscription = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/all"));
        Subscription rotated = webhooks.rotateSecret().rotate(RotateSecretCommand.of(Seed.ACCOUNT, subscription.id().value())
                .expiringPreviousIn(Duration.ofHours(1)));
        applicant(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        dispatchUntilQuiet();
        clock.advance(Duration.ofHours(1));
        act(Seed.ACCOUNT, "seller-1", io.onboard.domain.seller.CaseAction.SUBMIT_DECLARATION);
        dispatchUntilQuiet();

        assertThat(rotated.secret()).isNotEqualTo(subscription.secret());
        assertThat(sent.get(0).secrets()).containsExactly(rotated.secret(), subscription.secret());
        assertThat(sent.get(1).secrets()).containsExactly(rotated.secret());
    }

    @Test
    void a_claimed_delivery_whose_outcome_never_came_is_attempted_again_once_its_claim_expires() {
        Subscription subscription = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/all"));
        CompletableFuture<DeliveryAttempt> lost = new CompletableFuture<>(); // the server dies before the answer
        WebhookSender dying = message -> {
            sent.add(message);
            return lost;
        };
        Webhooks crashed = new Webhooks(storage, memory.webhooks(), dying, host -> dns.get(host), clock, new Random(1));
        applicant(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        assertThat(crashed.dispatch().dispatch().attempts()).isEqualTo(1);

        dispatchUntilQuiet();
        assertThat(sent).hasSize(1);
        clock.advance(DispatchWebhooksService.CLAIM);
        dispatchUntilQuiet();

        assertThat(sent).hasSize(2);
        assertThat(deliveries(subscription, DeliveryStatus.DELIVERED)).hasSize(1);
    }

    @Test
    void a_production_host_that_turns_private_is_refused_at_delivery_and_retried() throws UnknownHostException {
        account(PRODUCTION);
        Subscription subscription = subscribe(PRODUCTION, SubscriptionSettings.to("https://hooks.example.com/onboard"));
        dns.put("hooks.example.com", List.of(InetAddress.getByName("10.1.2.3")));
        applicant(PRODUCTION, "seller-1", Seed.ORGANIZATION_NUMBER);

        dispatchUntilQuiet();

        assertThat(sent).isEmpty();
        assertThat(deliveries(subscription, DeliveryStatus.PENDING)).singleElement().satisfies(delivery ->
                assertThat(delivery.lastAttempt().orElseThrow().error()).hasValueSatisfying(error ->
                        assertThat(error).contains("10.1.2.3").contains("private")));
    }

    @Test
    void a_url_the_account_may_not_deliver_to_is_refused_when_saved() {
        account(PRODUCTION);

        refusal(ErrorCode.INVALID_WEBHOOK_URL, () -> subscribe(PRODUCTION, SubscriptionSettings.to("http://hooks.example.com/")));
        refusal(ErrorCode.INVALID_WEBHOOK_URL, () -> subscribe(PRODUCTION, SubscriptionSettings.to("https://localhost/")));
        refusal(ErrorCode.VALIDATION_ERROR, () -> webhooks.createSubscription().create(CreateSubscriptionCommand.of(
                Seed.ACCOUNT, new SubscriptionSettings("http://localhost:9/", List.of("*", "ping_pong"), null, null))));
    }

    @Test
    void a_subscription_turned_off_gives_up_its_pending_deliveries_and_turned_on_starts_from_the_next_event() {
        Subscription subscription = subscribe(Seed.ACCOUNT, SubscriptionSettings.to("http://localhost:9/all"));
        receiver = message -> answered(500);
        applicant(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER);
        dispatchUntilQuiet();

        Subscription off = webhooks.updateSubscription().update(UpdateSubscriptionCommand.of(Seed.ACCOUNT,
                subscription.id().value(), SubscriptionSettings.to("http://localhost:9/all").inactive()));
        act(Seed.ACCOUNT, "seller-1", io.onboard.domain.seller.CaseAction.SUBMIT_DECLARATION);
        receiver = message -> answered(204);
        webhooks.updateSubscription().update(UpdateSubscriptionCommand.of(Seed.ACCOUNT, subscription.id().value(),
                SubscriptionSettings.to("http://localhost:9/all")));
        applicant(Seed.ACCOUNT, "seller-2", Seed.OTHER_ORGANIZATION_NUMBER);
        clock.advance(Duration.ofHours(1));
        dispatchUntilQuiet();

        assertThat(off.deactivationReason()).hasValue("turned off by the integrator");
        assertThat(deliveries(subscription, null)).extracting(d -> d.resourceId() + " " + d.status())
                .containsExactly("seller-1 FAILED", "seller-2 DELIVERED");
    }

    private Subscription subscribe(AccountId account, SubscriptionSettings settings) {
        return webhooks.createSubscription().create(CreateSubscriptionCommand.of(account, settings));
    }

    private List<Delivery> deliveries(Subscription subscription, DeliveryStatus status) {
        ListDeliveriesQuery query = ListDeliveriesQuery.of(subscription.accountId(), subscription.id().value()).limit(100);
        return webhooks.listDeliveries().list(status == null ? query : query.withStatus(status)).items();
    }

    private void dispatchUntilQuiet() {
        for (int round = 0; round < 20 && webhooks.dispatch().dispatch().attempts() > 0; round++) {
            // each round sends what became due; a delivered event lets its resource's next one go
        }
    }

    private long sentFor(String resource) {
        return sent.stream().filter(m -> m.event().resourceId().equals(resource)).count();
    }

    private static DeliveryAttempt answered(int status) {
        return DeliveryAttempt.answered(status, Duration.ofMillis(3), "");
    }
}
