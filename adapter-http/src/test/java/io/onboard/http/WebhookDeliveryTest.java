package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.testdata.Seed;
import io.onboard.http.LoopbackReceiver.Answer;
import io.onboard.http.LoopbackReceiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end in one process: the API, the dispatcher's rounds (run by the test, on the test's clock), the
 * real sender, and a loopback receiver that verifies every signature and fails, redirects or hangs on command.
 */
class WebhookDeliveryTest {
    private static final String HOOKS = Paths.ACCOUNT + "/hooks/subscriptions";
    private final TestServer server = newServer();
    private final Onboarding flow = new Onboarding(server);
    private final LoopbackReceiver receiver = LoopbackReceiver.start(server.javaClock());

    /** The server the tests run against: over in-memory storage, and over PostgreSQL in {@code PostgresWebhookDeliveryTest}. */
    TestServer newServer() {
        return new TestServer();
    }

    @BeforeEach
    void seller() {
        flow.activeSeller();
    }

    @AfterEach
    void stop() {
        receiver.close();
        server.close();
    }

    @Test
    void every_change_reaches_the_receiver_signed_with_its_ids_and_the_event_the_events_api_shows() {
        String subscription = subscribe("[\"*\"]");
        flow.store(Bodies.store("bergen", Seed.SELLER));

        server.dispatchAll();

        Received delivery = single(receiver.received());
        assertThat(delivery.verified()).isTrue();
        assertThat(delivery.signatures()).isEqualTo(1);
        assertThat(delivery.event()).isEqualTo("account_store_add");
        JsonNode event = get(Paths.ACCOUNT + "/events/" + delivery.eventId()).json();
        assertThat(delivery.body()).isEqualTo(event);
        JsonNode logged = get(HOOKS + "/" + subscription + "/deliveries").json().at("/deliveries/0");
        assertThat(logged.get("id").asText()).isEqualTo(delivery.deliveryId());
        assertThat(logged.get("status").asText()).isEqualTo("delivered");
        assertThat(logged.get("last_http_status").asInt()).isEqualTo(204);
    }

    @Test
    void a_failed_delivery_is_retried_on_schedule_and_a_redirect_counts_as_a_failure_not_followed() {
        String subscription = subscribe("[\"account_store_add\"]");
        receiver.answerAll(Answer.FAIL);
        flow.store(Bodies.store("bergen", Seed.SELLER));
        server.dispatchAll();
        JsonNode first = lastDelivery(subscription);

        receiver.answerAll(Answer.REDIRECT);
        server.dispatchAll();
        assertThat(receiver.received()).as("not due before its retry time").hasSize(1);
        server.clock.advance(Duration.ofMinutes(2));
        server.dispatchAll();
        JsonNode second = lastDelivery(subscription);
        receiver.answerAll(Answer.OK);
        server.clock.advance(Duration.ofMinutes(7));
        server.dispatchAll();

        assertThat(first.get("status").asText()).isEqualTo("pending");
        assertThat(first.get("error").asText()).isEqualTo("HTTP 500: receiver down for maintenance");
        assertThat(second.get("last_http_status").asInt()).isEqualTo(302);
        assertThat(receiver.received()).hasSize(3).allMatch(Received::verified)
                .extracting(Received::deliveryId).containsOnly(first.get("id").asText());
        assertThat(lastDelivery(subscription).get("status").asText()).isEqualTo("delivered");
        assertThat(lastDelivery(subscription).get("attempts").asInt()).isEqualTo(3);
    }

    @Test
    void a_resources_events_arrive_in_order_while_another_resources_events_keep_flowing() {
        subscribe("[\"*\"]");
        String down = flow.store(Bodies.store("bergen", Seed.SELLER)).text("/id");
        String up = flow.store(Bodies.store("trondheim", Seed.SELLER)).text("/id");
        AtomicBoolean bergenDown = new AtomicBoolean(true);
        receiver.answer(delivery -> delivery.resourceId().equals(down) && bergenDown.get() ? Answer.FAIL : Answer.OK);
        rename(down, "Bergen 2");
        rename(up, "Trondheim 2");
        rename(up, "Trondheim 3");

        server.dispatchAll();
        Map<String, List<Long>> whileDown = sequencesByResource(receiver.received());
        bergenDown.set(false);
        server.clock.advance(Duration.ofMinutes(2));
        server.dispatchAll();
        Map<String, List<Long>> after = sequencesByResource(receiver.received());

        assertThat(whileDown.get(down)).hasSize(1);
        assertThat(whileDown.get(up)).hasSize(3).isSorted();
        assertThat(after.get(down)).hasSize(3).isSorted();
        assertThat(after.get(down).get(0)).isEqualTo(after.get(down).get(1)).as("the failed event is sent again first");
    }

    @Test
    void a_subscription_without_a_2xx_for_three_days_is_turned_off_and_its_delivery_fails() {
        String subscription = subscribe("[\"*\"]");
        receiver.answerAll(Answer.FAIL);
        flow.store(Bodies.store("bergen", Seed.SELLER));

        for (int hour = 0; hour <= 4 * 24 && get(HOOKS + "/" + subscription).json().get("active").asBoolean(); hour++) {
            server.dispatchAll();
            server.clock.advance(Duration.ofHours(1));
        }

        JsonNode off = get(HOOKS + "/" + subscription).json();
        assertThat(off.get("active").asBoolean()).isFalse();
        assertThat(off.get("deactivation_reason").asText()).contains("no 2xx answer");
        assertThat(lastDelivery(subscription).get("status").asText()).isEqualTo("failed");
        assertThat(receiver.received().size()).isBetween(8, 10);
    }

    @Test
    void a_delivery_is_sent_again_on_request_with_the_same_ids() {
        String subscription = subscribe("[\"*\"]");
        flow.store(Bodies.store("bergen", Seed.SELLER));
        server.dispatchAll();
        String delivery = lastDelivery(subscription).get("id").asText();

        Response redelivered = server.client.post(HOOKS + "/" + subscription + "/deliveries/" + delivery + "/redeliver")
                .token(flow.token).send();
        server.dispatchAll();

        assertThat(redelivered.status()).isEqualTo(200);
        assertThat(redelivered.text("/status")).isEqualTo("pending");
        assertThat(receiver.received()).hasSize(2).extracting(Received::deliveryId).containsOnly(delivery);
        assertThat(receiver.received()).extracting(Received::eventId).containsOnly(receiver.received().get(0).eventId());
    }

    @Test
    void during_a_rotation_a_delivery_carries_both_signatures_so_either_secret_verifies_it() {
        Response created = create("[\"*\"]");
        String subscription = created.text("/id");
        String old = created.text("/secret");
        Response rotated = server.client.post(HOOKS + "/" + subscription + "/rotate_secret").token(flow.token)
                .json("{\"expire_previous_in_seconds\": 3600}").send();
        String fresh = rotated.text("/secret");

        receiver.trust(old);
        flow.store(Bodies.store("bergen", Seed.SELLER));
        server.dispatchAll();
        receiver.trust(fresh);
        rename(flow.store(Bodies.store("trondheim", Seed.SELLER)).text("/id"), "Trondheim 2");
        server.dispatchAll();
        server.clock.advance(Duration.ofHours(2));
        receiver.trust(old);
        new Onboarding(server).store(Bodies.store("tromso", Seed.SELLER));
        server.dispatchAll();

        assertThat(fresh).isNotEqualTo(old).startsWith("whsec_");
        assertThat(get(HOOKS + "/" + subscription).json().has("secret")).isFalse();
        List<Received> received = receiver.received();
        assertThat(received).hasSize(4);
        assertThat(received.subList(0, 3)).allMatch(Received::verified).allMatch(r -> r.signatures() == 2);
        assertThat(received.get(3).signatures()).isEqualTo(1);
        assertThat(received.get(3).verified()).as("the old secret no longer signs after the overlap").isFalse();
    }

    @Test
    void a_receiver_that_does_not_answer_within_ten_seconds_is_given_up_on_for_this_attempt() {
        String subscription = subscribe("[\"*\"]");
        receiver.answerAll(Answer.HANG);
        flow.store(Bodies.store("bergen", Seed.SELLER));

        server.dispatchAll();

        JsonNode delivery = lastDelivery(subscription);
        assertThat(delivery.get("status").asText()).isEqualTo("pending");
        assertThat(delivery.get("error").asText()).isEqualTo("no answer within 10 s");
        assertThat(delivery.get("last_http_status").isNull()).isTrue();
        assertThat(delivery.get("duration_ms").asLong()).isBetween(9_000L, 11_000L);
    }

    @Test
    void a_ping_reaches_the_receiver_at_once_and_says_how_it_went() {
        String subscription = subscribe("[\"account_store_add\"]");
        receiver.answerAll(Answer.FAIL);
        Response refused = server.client.post(HOOKS + "/" + subscription + "/ping").token(flow.token).send();
        receiver.answerAll(Answer.OK);
        Response delivered = server.client.post(HOOKS + "/" + subscription + "/ping").token(flow.token).send();

        assertThat(refused.json().get("delivered").asBoolean()).isFalse();
        assertThat(refused.json().get("http_status").asInt()).isEqualTo(500);
        assertThat(delivered.json().get("delivered").asBoolean()).isTrue();
        assertThat(receiver.received()).hasSize(2).allMatch(Received::verified)
                .allMatch(r -> r.event().equals("ping") && r.body().at("/data/subscription_id").asText().equals(subscription));
        assertThat(get(HOOKS + "/" + subscription + "/deliveries").json().get("deliveries")).isEmpty();
    }

    @Test
    void no_account_sees_changes_or_receives_another_accounts_subscriptions_deliveries_or_events() {
        String subscription = subscribe("[\"*\"]");
        String other = server.token(Seed.OTHER_ACCOUNT);
        String otherHooks = "/v1/accounts/" + Seed.OTHER_ACCOUNT.value() + "/hooks/subscriptions";
        try (LoopbackReceiver otherReceiver = LoopbackReceiver.start(server.javaClock())) {
            assertThat(server.client.post(otherHooks).token(other).json("{\"url\": \"" + otherReceiver.url()
                    + "\", \"events\": [\"*\"]}").send().status()).isEqualTo(201);
            flow.store(Bodies.store("bergen", Seed.SELLER));
            server.dispatchAll();
            String delivery = lastDelivery(subscription).get("id").asText();

            assertThat(otherReceiver.received()).isEmpty();
            assertThat(receiver.received()).hasSize(1);
            assertThat(server.client.get(otherHooks + "/" + subscription).token(other).send().status()).isEqualTo(404);
            assertThat(server.client.get(otherHooks + "/" + subscription + "/deliveries").token(other).send().status()).isEqualTo(404);
            assertThat(server.client.post(otherHooks + "/" + subscription + "/deliveries/" + delivery + "/redeliver")
                    .token(other).send().status()).isEqualTo(404);
            assertThat(server.client.put(otherHooks + "/" + subscription).token(other)
                    .json("{\"url\": \"" + otherReceiver.url() + "\", \"events\": [\"*\"]}").send().status()).isEqualTo(404);
            assertThat(server.client.get(HOOKS + "/" + subscription).token(other).send().errorCode()).isEqualTo("ACCOUNT_MISMATCH");
            assertThat(server.client.get(otherHooks).token(other).send().json().get("subscriptions")).hasSize(1);
        }
    }

    private Response create(String events) {
        Response created = server.client.post(HOOKS).token(flow.token)
                .json("{\"url\": \"" + receiver.url() + "\", \"events\": " + events + "}").send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created;
    }

    /** A subscription of the seed's account to the receiver, which then trusts its secret; its id. */
    private String subscribe(String events) {
        Response created = create(events);
        receiver.trust(created.text("/secret"));
        return created.text("/id");
    }

    private void rename(String store, String name) {
        Response renamed = server.client.put(Paths.STORES + "/" + store).token(flow.token)
                .json("{\"store_name\": \"" + name + "\"}").send();
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
    }

    /** A read with a new token: tests that move the clock by days outlive any one token. */
    private Response get(String path) {
        return server.client.get(path).token(server.token(Seed.ACCOUNT)).send();
    }

    private JsonNode lastDelivery(String subscription) {
        JsonNode deliveries = get(HOOKS + "/" + subscription + "/deliveries?limit=100").json().get("deliveries");
        return deliveries.get(deliveries.size() - 1);
    }

    private static Map<String, List<Long>> sequencesByResource(List<Received> received) {
        return received.stream().collect(Collectors.groupingBy(Received::resourceId,
                Collectors.mapping(Received::sequence, Collectors.toList())));
    }

    private static Received single(List<Received> received) {
        assertThat(received).hasSize(1);
        return received.get(0);
    }
}
