package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.jdbc.testing.TestPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
