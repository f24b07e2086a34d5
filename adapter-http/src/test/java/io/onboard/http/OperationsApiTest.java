package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC 10 over HTTP: 202 and Location on start, 409 with Retry-After while busy, and the result read back. */
class OperationsApiTest {
    private final TestServer server = newServer();
    private final Onboarding flow = new Onboarding(server);

    /** The server the tests run against: over in-memory storage, and over PostgreSQL in {@code PostgresOperationsApiTest}. */
    TestServer newServer() {
        return new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void of_32_concurrent_starts_on_one_terminal_exactly_one_gets_202_and_the_rest_409() throws Exception {
        String operations = Paths.TERMINALS + "/" + flow.enrolledTerminal().text("/terminal_id") + "/operations";
        ExecutorService threads = Executors.newFixedThreadPool(32);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            statuses.add(threads.submit(() -> {
                go.await();
                return server.client.post(operations).token(flow.token).json("{\"operation\": \"send_logs\"}").send().status();
            }));
        }
        go.countDown();
        List<Integer> answered = new ArrayList<>();
        for (var status : statuses) {
            answered.add(status.get());
        }
        threads.shutdown();

        assertThat(answered).filteredOn(status -> status == 202).hasSize(1);
        assertThat(answered).filteredOn(status -> status == 409).hasSize(31);
    }

    @Test
    void an_operation_is_accepted_refused_while_running_carried_out_in_the_background_and_read_back() {
        String terminal = Paths.TERMINALS + "/" + flow.enrolledTerminal().text("/terminal_id");

        Response started = server.client.post(terminal + "/operations").token(flow.token)
                .json("{\"operation\": \"end_of_day\"}").send();
        Response busy = server.client.post(terminal + "/operations").token(flow.token)
                .json("{\"operation\": \"send_logs\"}").send();
        Response removal = server.client.delete(terminal).token(flow.token).send();
        server.onboard.runOperations().run().settled().join();
        Response done = server.client.get(started.header("Location")).token(flow.token).send();

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.text("/status")).isEqualTo("PENDING");
        assertThat(started.header("Location")).isEqualTo(terminal + "/operations/" + started.text("/id"));
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.errorCode()).isEqualTo("OPERATION_IN_PROGRESS");
        assertThat(busy.header("Retry-After")).isEqualTo("300");
        assertThat(busy.text("/error/message")).contains(started.text("/id"));
        assertThat(removal.errorCode()).isEqualTo("OPERATION_IN_PROGRESS");
        assertThat(done.text("/status")).isEqualTo("COMPLETED");
        assertThat(done.text("/completed_at")).isNotNull();
        assertThat(server.client.get(terminal + "/operations").token(flow.token).send().json().get("operations")).hasSize(1);
    }
}
