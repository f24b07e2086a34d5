package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.http.LoopbackReceiver.Answer;
import io.onboard.http.LoopbackReceiver.Received;
import io.onboard.jdbc.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two built server processes on one real PostgreSQL database behave as one server (SPEC 11): numbers and serial
 * numbers stay unique across them, a token from one is good at the other, an Idempotency-Key sent to both at once
 * runs once, and each operation is carried out once.
 */
class TwoInstancesIT {
    private static final String TERMINALS = JarApi.ACCOUNT + "/terminals";

    @TempDir
    Path folder;
    private ServerProcess first;
    private ServerProcess second;
    private ApiClient a;
    private ApiClient b;
    private String token;

    @BeforeEach
    void twoServersOnOneDatabase() throws Exception {
        String database = TestPostgres.newDatabase();
        String key = folder.resolve("onboard.key").toString();
        first = ServerProcess.start(database, "--secret-key-file", key, "--device-delay-ms", "50");
        second = ServerProcess.start(database, "--secret-key-file", key, "--device-delay-ms", "50");
        JarApi api = new JarApi(first, first.credentials);
        token = api.token;
        a = api.client;
        b = new ApiClient("http://localhost:" + second.port, OpenApiContract.shared());
        call(a, "POST", JarApi.ACCOUNT + "/management/settings/approvals/payout-destinations", Bodies.activeSeller(), 201);
        call(b, "POST", JarApi.ACCOUNT + "/stores", Bodies.guideStore(), 201);
    }

    @AfterEach
    void stop() throws Exception {
        first.stop();
        second.stop();
    }

    @Test
    void a_token_from_one_is_good_at_the_other_and_concurrent_registrations_through_both_get_unique_numbers()
            throws Exception {
        assertThat(second.credentials).as("the second found the database already set up").isNull();
        List<Callable<Response>> registrations = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ApiClient through = i % 2 == 0 ? a : b;
            String serial = "BOTH-" + String.format("%06d", i);
            registrations.add(() -> through.post(TERMINALS).token(token).json(Bodies.terminal(serial, "oslo-center")).send());
        }

        List<Response> answers = all(registrations);

        assertThat(answers).extracting(Response::status).containsOnly(201);
        Set<String> ids = new HashSet<>();
        answers.forEach(answer -> ids.add(answer.text("/terminal_id")));
        assertThat(ids).hasSize(40);
        JsonNode listed = call(b, "GET", TERMINALS + "?limit=100", null, 200).json().get("terminals");
        assertThat(listed).hasSize(40);
    }

    @Test
    void of_one_serial_number_registered_through_both_at_once_exactly_one_wins() throws Exception {
        List<Callable<Response>> racers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            ApiClient through = i % 2 == 0 ? a : b;
            racers.add(() -> through.post(TERMINALS).token(token).json(Bodies.terminal("RACE-000001", "oslo-center")).send());
        }

        List<Response> answers = all(racers);

        assertThat(answers).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(r -> r.status() != 201).extracting(Response::errorCode)
                .containsOnly("DUPLICATE_SERIAL_NUMBER");
    }

    @Test
    void one_idempotency_key_sent_to_both_at_once_runs_once() throws Exception {
        List<Callable<Response>> retries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ApiClient through = i % 2 == 0 ? a : b;
            retries.add(() -> through.post(TERMINALS).token(token).header("Idempotency-Key", "order-4711")
                    .json(Bodies.terminal("ONCE-000001", "oslo-center")).send());
        }

        List<Response> answers = all(retries);

        assertThat(answers).extracting(Response::status).containsOnly(201);
        assertThat(answers).extracting(r -> r.text("/terminal_id")).containsOnly(answers.get(0).text("/terminal_id"));
        assertThat(answers).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
        assertThat(call(a, "GET", TERMINALS + "?limit=100", null, 200).json().get("terminals")).hasSize(1);
    }

    @Test
    void each_operation_is_carried_out_by_one_instance_once() throws Exception {
        List<String> operations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ApiClient through = i % 2 == 0 ? a : b;
            String terminal = call(through, "POST", TERMINALS, Bodies.terminal("OPS-" + String.format("%06d", i),
                    "oslo-center"), 201).text("/terminal_id");
            operations.add(call(through, "POST", TERMINALS + "/" + terminal + "/operations",
                    "{\"operation\": \"end_of_day\"}", 202).header("Location"));
        }

        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline && operations.stream()
                .anyMatch(o -> "PENDING".equals(call(b, "GET", o, null, 200).text("/status")))) {
            Thread.sleep(100);
        }

        assertThat(operations).allMatch(o -> "COMPLETED".equals(call(a, "GET", o, null, 200).text("/status")));
        JsonNode updates = call(a, "GET", JarApi.ACCOUNT + "/events?event=terminal_operation_update&limit=100", null, 200)
                .json().get("events");
        assertThat(updates).as("PENDING, then COMPLETED, once each: no operation was handed over twice")
                .hasSize(2 * operations.size());
    }

    @Test
    void a_client_revoked_through_one_instance_is_refused_by_the_other_within_five_seconds() throws Exception {
        String clientId = first.credentials[0];
        // warm the first instance's token cache, so the refusal below cannot come from a cold read
        call(a, "GET", JarApi.ACCOUNT + "/stores", null, 200);

        call(b, "DELETE", JarApi.ACCOUNT + "/auth/clients/" + clientId, null, 200);
        long revokedAt = System.nanoTime();
        int status = 200;
        while (status == 200 && System.nanoTime() - revokedAt < 10_000_000_000L) {
            status = a.get(JarApi.ACCOUNT + "/stores").token(token).send().status();
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - revokedAt) / 1e9;

        assertThat(status).isEqualTo(401);
        assertThat(seconds).as("seconds until the first instance refused the revoked client's token").isLessThan(5.0);
    }

    @Test
    void deliveries_of_an_instance_killed_mid_attempt_are_taken_over_by_the_other_once_their_claim_expires()
            throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start(Clock.systemUTC())) {
            receiver.answerAll(Answer.HOLD);
            receiver.trust(call(a, "POST", JarApi.ACCOUNT + "/hooks/subscriptions",
                    "{\"url\": \"" + receiver.url() + "\", \"events\": [\"account_store_update\"]}", 201)
                    .text("/secret"));
            String store = JarApi.ACCOUNT + "/stores/" + call(a, "GET", JarApi.ACCOUNT + "/stores", null, 200).text("/stores/0/id");
            for (int change = 1; change <= 5; change++) {
                call(change % 2 == 0 ? a : b, "PUT", store, "{\"store_name\": \"Oslo Center " + change + "\"}", 200);
            }
            waitFor(() -> !receiver.received().isEmpty(), 20);

            // the instance whose delivery the receiver holds is killed in the middle of it
            int sender = receiver.received().get(0).senderPort();
            ServerProcess holder = first.ownsLocalPort(sender) ? first : second;
            assertThat(holder.ownsLocalPort(sender)).as("one of the two instances sent it").isTrue();
            holder.kill();
            receiver.answerAll(Answer.OK);
            receiver.release();
            List<String> events = new ArrayList<>();
            call(holder == first ? b : a, "GET", JarApi.ACCOUNT + "/events?event=account_store_update&limit=100", null, 200)
                    .json().get("events").forEach(event -> events.add(event.get("id").asText()));
            waitFor(() -> receiver.received().stream().map(Received::eventId).collect(Collectors.toSet())
                    .containsAll(events), 40);

            List<Received> received = receiver.received();
            assertThat(events).hasSize(5);
            assertThat(received).extracting(Received::eventId).containsAll(events);
            assertThat(received).allMatch(Received::verified);
            assertThat(received).extracting(Received::sequence).as("one resource's events in order, the first twice")
                    .isSorted();
            assertThat(received.stream().filter(r -> r.eventId().equals(events.get(0))).count())
                    .as("the killed instance's attempt, then the other's once the claim expired").isEqualTo(2);
        }
    }

    private static void waitFor(BooleanSupplier done, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private Response call(ApiClient through, String method, String path, String body, int expected) {
        var request = through.request(method, path).token(token);
        Response response = (body == null ? request : request.json(body)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        return response;
    }

    /** Runs every call at once, as far as threads allow, and returns their answers in order. */
    private static List<Response> all(List<Callable<Response>> calls) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(threads.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdown();
        }
    }
}
