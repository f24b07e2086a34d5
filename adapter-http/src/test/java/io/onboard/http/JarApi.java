package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Calls on one running server jar, in its first account, with a token of the client it printed on first start. */
final class JarApi {
    static final String ACCOUNT = "/v1/accounts/T00000001";
    final ApiClient client;
    final String token;

    JarApi(ServerProcess server, String[] credentials) {
        client = new ApiClient("http://localhost:" + server.port, OpenApiContract.shared());
        token = client.post(ACCOUNT + "/auth/token").header("Authorization", TokenTest.basic(credentials[0], credentials[1]))
                .json("{\"grant_type\": \"client_credentials\"}").send().text("/access_token");
    }

    /** A call that must answer {@code expected}. */
    Response call(String method, String path, String body, int expected) {
        Response response = client.request(method, path).token(token).json(body).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(expected);
        return response;
    }

    Response get(String path) {
        return client.get(path).token(token).send();
    }

    /** Every event of the account, page after page. */
    List<JsonNode> events() {
        List<JsonNode> all = new ArrayList<>();
        String after = "";
        while (after != null) {
            JsonNode page = get(ACCOUNT + "/events?limit=100" + (after.isEmpty() ? "" : "&starting_after=" + after)).json();
            page.get("events").forEach(all::add);
            after = page.get("starting_after").isNull() ? null : page.get("starting_after").asText();
        }
        return all;
    }
}
