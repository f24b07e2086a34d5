package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.representation.Json;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test oracle stays strict although the document lets responses grow: a field or a status the document does not
 * name yet is a failure of this server, whatever a client is told to tolerate.
 */
class OpenApiContractTest {
    private final OpenApiContract contract = OpenApiContract.shared();

    @Test
    void a_documented_response_passes() throws IOException {
        assertThatCode(() -> contract.check("GET", "/health", response("{\"status\": \"ok\"}"))).doesNotThrowAnyException();
    }

    @Test
    void a_field_the_document_does_not_name_fails_though_clients_may_tolerate_it() throws IOException {
        assertThatThrownBy(() -> contract.check("GET", "/health", response("{\"status\": \"ok\", \"uptime\": 1}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("uptime");
    }

    @Test
    void a_value_outside_an_extensible_enum_fails_though_clients_may_tolerate_it() throws IOException {
        String token = "{\"access_token\": \"" + "a".repeat(43) + "\", \"token_type\": \"MAC\", \"expires_in\": 3600,"
                + " \"scope\": \"read:accounts\"}";

        assertThatThrownBy(() -> contract.check("POST", "/v1/accounts/T11223351/auth/token", response(token)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("token_type");
    }

    private static Response response(String json) throws IOException {
        JsonNode body = Json.mapper().readTree(json);
        return new Response(200, Map.of(), json, body);
    }
}
