package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a real process: first start prints the bootstrap client, which gets a token and creates a store. */
class ServerJarIT {
    @TempDir
    Path folder;

    @Test
    void the_jar_serves_the_api_on_a_fresh_database_and_stops_cleanly_on_sigterm() throws Exception {
        Path db = folder.resolve("data/onboard.db");
        ServerProcess first = ServerProcess.start(db);
        try {
            assertThat(first.credentials).as(first.output.toString()).isNotNull();
            ApiClient client = new ApiClient("http://localhost:" + first.port, OpenApiContract.shared());

            Response token = client.post("/v1/accounts/T00000001/auth/token")
                    .header("Authorization", TokenTest.basic(first.credentials[0], first.credentials[1]))
                    .json("{\"grant_type\": \"client_credentials\"}").send();
            String bearer = token.text("/access_token");
            Response seller = client.post("/v1/accounts/T00000001/management/settings/approvals/payout-destinations")
                    .token(bearer).json(Bodies.activeSeller()).send();
            Response store = client.post("/v1/accounts/T00000001/stores").token(bearer).json(Bodies.guideStore()).send();

            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            assertThat(seller.status()).as(seller.toString()).isEqualTo(201);
            assertThat(store.status()).as(store.toString()).isEqualTo(201);
            assertThat(store.text("/id")).isEqualTo("T00000001-0001");
        } finally {
            first.stop();
        }
        assertThat(first.exitCode).isIn(0, 143);
        assertThat(first.output).anyMatch(line -> line.contains("stopped"));
        assertThat(first.output).anyMatch(line -> line.contains("POST /v1/accounts/T00000001/stores 201"));
        assertThat(String.join("\n", first.output)).doesNotContain("Bearer ", "access_token");
        assertThat(Files.exists(db)).isTrue();

        ServerProcess second = ServerProcess.start(db);
        second.stop();
        assertThat(second.credentials).as("credentials are shown on the first start only").isNull();
    }

    @Test
    void with_json_logs_every_log_line_is_one_json_object_and_a_request_line_carries_its_id() throws Exception {
        ServerProcess server = ServerProcess.start(Map.of("ONBOARD_LOG_FORMAT", "json"),
                folder.resolve("onboard.db").toString());
        Response health;
        try {
            health = new ApiClient("http://localhost:" + server.port, OpenApiContract.shared()).get("/health")
                    .header("Request-Id", "probe-42").send();
        } finally {
            server.stop();
        }

        List<String> logLines = server.output.stream().filter(line -> !line.startsWith("client_id=")).toList();
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> events = new ArrayList<>();
        for (String line : logLines) {
            events.add(json.readTree(line));
        }
        assertThat(health.header("Request-Id")).isEqualTo("probe-42");
        assertThat(events).allMatch(event -> event.isObject() && event.has("level") && event.has("formattedMessage"));
        assertThat(events).anyMatch(event -> event.get("formattedMessage").asText().contains("listening on http://localhost:" + server.port));
        assertThat(events).anyMatch(event -> event.get("formattedMessage").asText().startsWith("GET /health 200")
                && event.get("formattedMessage").asText().endsWith("request_id=probe-42"));
    }

    @Test
    void an_unknown_log_format_is_a_usage_error() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                System.getProperty("onboard.jar", "target/onboard-http.jar"), "--port", "0", "--db",
                folder.resolve("onboard.db").toString()).redirectErrorStream(true);
        builder.environment().put("ONBOARD_LOG_FORMAT", "xml");
        Process process = builder.start();
        String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(process.waitFor()).isEqualTo(2);
        assertThat(printed).contains("ONBOARD_LOG_FORMAT must be text or json");
    }
}
