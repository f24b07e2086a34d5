package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.testdata.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The one error format for what is not a refusal: bugs become a generic 500 with an id; the document is served. */
class ErrorFormatTest {

    @Test
    void an_unexpected_failure_is_a_generic_500_with_its_request_id_and_no_internals() {
        InMemoryStorage memory = InMemoryStorage.create();
        OnboardingStorage failing = TestServer.withStores(memory.onboarding(),
                TestServer.brokenStores("[SQLITE_ERROR] near \"SELECT * FROM stores\": syntax error"));
        try (TestServer server = new TestServer(failing, memory.access())) {
            Response response = server.client.get(Paths.STORES).token(server.token(Seed.ACCOUNT)).send();

            assertThat(response.status()).isEqualTo(500);
            assertThat(response.errorCode()).isEqualTo("INTERNAL_ERROR");
            assertThat(response.text("/error/message")).containsPattern("request id [0-9a-f-]{36}")
                    .contains(response.header("Request-Id"));
            assertThat(response.raw()).doesNotContain("SQLITE", "SELECT", "IllegalStateException", "java.");
            assertThat(server.client.get("/health").send().status()).isEqualTo(200);
        }
    }

    @Test
    void unknown_routes_and_methods_answer_404_and_405_in_the_error_format() {
        try (TestServer server = new TestServer()) {
            Response unknown = server.client.get("/v1/nothing-here").send();
            Response method = server.client.request("PATCH", Paths.STORES).token(server.token(Seed.ACCOUNT)).send();

            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.errorCode()).isEqualTo("NOT_FOUND");
            assertThat(method.status()).isEqualTo(405);
            assertThat(method.errorCode()).isEqualTo("METHOD_NOT_ALLOWED");
        }
    }

    @Test
    void the_served_openapi_document_is_the_one_the_tests_validate_against() throws IOException {
        try (TestServer server = new TestServer(); InputStream in = getClass().getResourceAsStream("/openapi.yaml")) {
            Response served = server.client.get("/openapi.yaml").send();

            assertThat(served.status()).isEqualTo(200);
            assertThat(served.header("Content-Type")).startsWith("application/yaml");
            assertThat(served.raw()).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertThat(server.contract.document().get("openapi").asText()).startsWith("3.1");
        }
    }

    @Test
    void every_documented_path_is_served() {
        try (TestServer server = new TestServer()) {
            java.util.List<String> documented = new java.util.ArrayList<>();
            server.contract.document().get("paths").fieldNames().forEachRemaining(documented::add);
            String token = server.token(Seed.ACCOUNT);

            for (String template : documented) {
                String path = template.replace("{aid}", Seed.ACCOUNT.value()).replaceAll("\\{action}", "sign")
                        .replaceAll("\\{[a-z_]+}", "x");
                JsonNode operations = server.contract.document().get("paths").get(template);
                String method = operations.has("get") ? "GET" : operations.has("post") ? "POST" : "DELETE";
                Response response = server.client.request(method, path).token(token).send();
                assertThat(response.status()).as(template + " " + response).isNotEqualTo(405);
                assertThat(response.raw()).as(template).doesNotContain("there is no endpoint");
            }
            assertThat(documented).hasSize(38);
        }
    }
}
