package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.http.LoopbackReceiver.Answer;
import io.onboard.http.LoopbackReceiver.Received;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built server killed with SIGKILL, three times, while its deliveries are in flight to a slow receiver, and
 * started again on the same files: in the end every event reached the receiver at least once, with a valid
 * signature, and each resource's events arrived in order (an event sent again after a crash comes before the next).
 */
class WebhookCrashIT {

    @TempDir
    Path folder;

    @Test
    void deliveries_survive_kill_minus_nine_at_least_once_and_in_order_per_resource() throws Exception {
        Path db = folder.resolve("onboard.db");
        Random random = new Random(42);
        try (LoopbackReceiver receiver = LoopbackReceiver.start(Clock.systemUTC())) {
            receiver.answerAll(Answer.SLOW);
            ServerProcess server = ServerProcess.start(db);
            String[] credentials = server.credentials;
            JarApi api = new JarApi(server, credentials);
            Response subscription = api.call("POST", JarApi.ACCOUNT + "/hooks/subscriptions",
                    "{\"url\": \"" + receiver.url() + "\", \"events\": [\"*\"]}", 201);
            receiver.trust(subscription.text("/secret"));
            api.call("POST", JarApi.ACCOUNT + "/management/settings/approvals/payout-destinations", Bodies.activeSeller(), 201);
            List<String> stores = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                stores.add(api.call("POST", JarApi.ACCOUNT + "/stores", Bodies.store("store-" + i, "seller-1"), 201).text("/id"));
            }

            int behindAtKill = 0;
            for (int crash = 0; crash < 3; crash++) {
                for (int change = 0; change < 40; change++) {
                    String store = stores.get(random.nextInt(stores.size()));
                    api.call("PUT", JarApi.ACCOUNT + "/stores/" + store, "{\"store_name\": \"Name " + crash + "-" + change + "\"}", 200);
                }
                Thread.sleep(random.nextInt(100));
                behindAtKill += receivedAll(receiver, api.events()) ? 0 : 1;
                server.kill();
                server = ServerProcess.start(db);
                api = new JarApi(server, credentials);
            }

            List<JsonNode> events = api.events();
            long deadline = System.nanoTime() + 90_000_000_000L;
            while (!receivedAll(receiver, events) && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            server.stop();

            List<Received> received = receiver.received();
            assertThat(events).hasSizeGreaterThan(120);
            assertThat(behindAtKill).as("kills that came while deliveries were outstanding").isPositive();
            Set<String> ids = new HashSet<>();
            received.forEach(r -> ids.add(r.eventId()));
            assertThat(ids).as("every event reached the receiver").containsAll(events.stream().map(e -> e.get("id").asText()).toList());
            assertThat(received).allMatch(Received::verified);
            Map<String, List<Long>> byResource = new HashMap<>();
            received.forEach(r -> byResource.computeIfAbsent(r.resourceId(), key -> new ArrayList<>()).add(r.sequence()));
            byResource.forEach((resource, sequences) -> assertThat(sequences).as(resource).isSorted());
        }
    }

    private static boolean receivedAll(LoopbackReceiver receiver, List<JsonNode> events) {
        Set<String> ids = new HashSet<>();
        receiver.received().forEach(r -> ids.add(r.eventId()));
        return events.stream().allMatch(e -> ids.contains(e.get("id").asText()));
    }
}
