package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** SPEC 10 over HTTP: 202 and Location on start, 409 with Retry-After while busy, and the result read back. */
class OperationsApiTest {
    private final TestServer server = new TestServer();
    private final Onboarding flow = new Onboarding(server);

    @AfterEach
    void stop() {
        server.close();
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
