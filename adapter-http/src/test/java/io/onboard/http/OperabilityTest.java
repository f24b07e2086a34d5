package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** SPEC 11's operability: request ids on every answer, liveness and readiness, and metrics Prometheus can read. */
class OperabilityTest {
    @Test
    void every_answer_carries_a_request_id_a_clients_own_when_well_formed() {
        try (TestServer server = new TestServer()) {
            Response made = server.client.get("/health").send();
            Response kept = server.client.get("/health").header("Request-Id", "till-7:order-4711").send();
            Response replaced = server.client.get("/health").header("Request-Id", "no spaces allowed").send();
            Response refused = server.client.get(Paths.STORES).header("Request-Id", "pos-1").send();

            assertThat(made.header("Request-Id")).matches("[0-9a-f-]{36}");
            assertThat(kept.header("Request-Id")).isEqualTo("till-7:order-4711");
            assertThat(replaced.header("Request-Id")).matches("[0-9a-f-]{36}");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Request-Id")).isEqualTo("pos-1");
        }
    }

    @Test
    void the_server_is_live_while_it_answers_and_ready_while_its_database_does() {
        try (TestServer server = new TestServer()) {
            assertThat(server.client.get("/health/live").send().text("/status")).isEqualTo("ok");
            assertThat(server.client.get("/health/ready").send().status()).isEqualTo(200);

            server.ready.set(false);
            Response unready = server.client.get("/health/ready").send();

            assertThat(unready.status()).isEqualTo(503);
            assertThat(unready.text("/status")).isEqualTo("unavailable");
            assertThat(server.client.get("/health/live").send().status()).as("still live").isEqualTo(200);
        }
    }

    @Test
    void metrics_count_requests_by_route_template_and_status_with_a_histogram_and_show_the_jvm() throws Exception {
        try (TestServer server = new TestServer()) {
            String token = server.token(Seed.ACCOUNT);
            for (int i = 0; i < 3; i++) {
                server.client.get(Paths.STORES).token(token).send();
            }
            server.client.get(Paths.STORES).send();

            HttpResponse<String> scraped = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.api.port() + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Map<String, Double> samples = PrometheusText.parse(scraped.body());

            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("text/plain; version=0.0.4"));
            String stores = "route=/v1/accounts/{aid}/stores";
            assertThat(samples).containsEntry("http_server_requests_seconds_count{method=GET," + stores + ",status=200}", 3.0)
                    .containsEntry("http_server_requests_seconds_count{method=GET," + stores + ",status=401}", 1.0)
                    .containsEntry("http_server_requests_seconds_bucket{le=+Inf,method=GET," + stores + ",status=200}", 3.0)
                    .containsKey("http_server_requests_seconds_bucket{le=0.005,method=GET," + stores + ",status=200}");
            assertThat(samples.keySet()).anyMatch(name -> name.startsWith("jvm_memory_used_bytes{"))
                    .anyMatch(name -> name.startsWith("jvm_threads_live_threads"))
                    .noneMatch(name -> name.contains(Seed.ACCOUNT.value()));
        }
    }
}
