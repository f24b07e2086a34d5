package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on POST: replay, reuse with another body, expiry, and concurrent duplicates. */
class IdempotencyTest {
    private final TestServer server = newServer();
    private final Onboarding flow = new Onboarding(server);

    /** The server the tests run against: over in-memory storage, and over PostgreSQL in {@code PostgresIdempotencyTest}. */
    TestServer newServer() {
        return new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_retry_with_the_same_key_and_body_gets_the_first_answer_again_and_nothing_is_done_twice() {
        flow.activeSeller();
        Response first = createStore("key-1", Bodies.store("north", Seed.SELLER));
        Response retry = createStore("key-1", Bodies.store("north", Seed.SELLER));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header(Idempotency.REPLAYED_HEADER)).isNull();
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(server.client.get(Paths.STORES).token(flow.token).send().json().get("stores")).hasSize(1);
    }

    @Test
    void a_replay_carries_the_first_answer_s_etag_and_location() {
        flow.activeSeller();
        Response first = createStore("key-1", Bodies.store("north", Seed.SELLER));
        Response retry = createStore("key-1", Bodies.store("north", Seed.SELLER));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.header(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(retry.header("ETag")).isNotNull().isEqualTo(first.header("ETag"));
        assertThat(retry.header("Location")).isNotNull().isEqualTo(first.header("Location"));
    }

    @Test
    void the_same_key_with_another_body_is_a_409_idempotency_key_reused() {
        flow.activeSeller();
        createStore("key-1", Bodies.store("north", Seed.SELLER));

        Response reused = createStore("key-1", Bodies.store("south", Seed.SELLER));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void a_state_refusal_is_remembered_but_an_input_error_is_not() {
        flow.activeSeller();
        createStore(null, Bodies.store("north", Seed.SELLER));
        Response duplicate = createStore("dup", Bodies.store("north", Seed.SELLER));
        Response duplicateAgain = createStore("dup", Bodies.store("north", Seed.SELLER));
        Response invalid = createStore("bad", "{\"store_name\": \"x\"}");
        Response invalidAgain = createStore("bad", "{\"store_name\": \"x\"}");

        assertThat(duplicate.errorCode()).isEqualTo("DUPLICATE_STORE_ID");
        assertThat(duplicateAgain.header(Idempotency.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(duplicateAgain.json()).isEqualTo(duplicate.json());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalidAgain.header(Idempotency.REPLAYED_HEADER)).isNull();
    }

    @Test
    void after_24_hours_the_key_is_forgotten_and_the_request_runs_again() {
        flow.activeSeller();
        createStore("key-1", Bodies.store("north", Seed.SELLER));
        server.clock.advance(Duration.ofHours(24));
        String freshToken = server.token(Seed.ACCOUNT);

        Response later = server.client.post(Paths.STORES).token(freshToken).header("Idempotency-Key", "key-1")
                .json(Bodies.store("north", Seed.SELLER)).send();

        assertThat(later.header(Idempotency.REPLAYED_HEADER)).isNull();
        assertThat(later.errorCode()).as("it ran again, and the store id is taken").isEqualTo("DUPLICATE_STORE_ID");
    }

    @Test
    void keys_are_per_account() {
        flow.activeSeller();
        createStore("shared-key", Bodies.store("north", Seed.SELLER));

        Response other = server.client.post("/v1/accounts/" + Seed.OTHER_ACCOUNT.value() + "/stores")
                .token(server.token(Seed.OTHER_ACCOUNT)).header("Idempotency-Key", "shared-key")
                .json(Bodies.store("north", Seed.SELLER)).send();

        assertThat(other.header(Idempotency.REPLAYED_HEADER)).isNull();
        assertThat(other.errorCode()).isEqualTo("PAYOUT_DESTINATION_NOT_FOUND");
    }

    @Test
    void concurrent_duplicates_run_once_and_the_others_replay_it() throws Exception {
        flow.activeSeller();
        Response store = flow.store(Bodies.guideStore());
        String body = Bodies.terminal("CONCURRENT-1", store.text("/id"));
        Callable<Response> register = () -> server.client.post(Paths.TERMINALS).token(flow.token)
                .header("Idempotency-Key", "same").json(body).send();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> futures = pool.invokeAll(IntStream.range(0, 8).mapToObj(i -> register).toList());
            List<Response> responses = futures.stream().map(IdempotencyTest::get).toList();

            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
            assertThat(responses.stream().map(r -> r.text("/terminal_id")).distinct()).hasSize(1);
            assertThat(responses.stream().filter(r -> r.header(Idempotency.REPLAYED_HEADER) == null)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private Response createStore(String key, String body) {
        ApiClient.Request request = server.client.post(Paths.STORES).token(flow.token).json(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.send();
    }

    private static Response get(Future<Response> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
