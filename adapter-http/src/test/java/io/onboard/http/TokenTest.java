package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.testdata.Seed;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token call: client credentials over HTTP Basic for a bearer token. */
class TokenTest {
    private final TestServer server = new TestServer();
    private final IssuedClient client = server.newClient(Seed.ACCOUNT);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void client_credentials_over_basic_get_a_bearer_token_that_opens_the_api() {
        Response token = issue(Seed.ACCOUNT.value(), basic(client.clientId(), client.clientSecret()),
                "{\"grant_type\": \"client_credentials\"}");

        assertThat(token.status()).as(token.toString()).isEqualTo(200);
        assertThat(token.text("/token_type")).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(token.header("Cache-Control")).isEqualTo("no-store");
        assertThat(server.client.get(Paths.STORES).token(token.text("/access_token")).send().status()).isEqualTo(200);
    }

    @Test
    void wrong_credentials_missing_credentials_and_another_account_all_get_401() {
        String body = "{\"grant_type\": \"client_credentials\"}";

        assertThat(issue(Seed.ACCOUNT.value(), basic(client.clientId(), "wrong"), body).status()).isEqualTo(401);
        assertThat(issue(Seed.ACCOUNT.value(), null, body).status()).isEqualTo(401);
        assertThat(issue(Seed.ACCOUNT.value(), "Basic !!!", body).status()).isEqualTo(401);
        Response otherAccount = issue(Seed.OTHER_ACCOUNT.value(), basic(client.clientId(), client.clientSecret()), body);
        assertThat(otherAccount.status()).isEqualTo(401);
        assertThat(otherAccount.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void another_grant_type_is_refused_with_the_field_named() {
        Response response = issue(Seed.ACCOUNT.value(), basic(client.clientId(), client.clientSecret()),
                "{\"grant_type\": \"password\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text("/error/errors/0/field")).isEqualTo("grant_type");
    }

    @Test
    void an_expired_token_answers_401_and_a_fresh_one_works() {
        String token = server.token(Seed.ACCOUNT);
        server.clock.advance(java.time.Duration.ofHours(1));

        Response expired = server.client.get(Paths.STORES).token(token).send();
        Response fresh = server.client.get(Paths.STORES).token(server.token(Seed.ACCOUNT)).send();

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.text("/error/message")).contains("expired");
        assertThat(fresh.status()).isEqualTo(200);
    }

    private Response issue(String account, String authorization, String body) {
        ApiClient.Request request = server.client.post("/v1/accounts/" + account + "/auth/token").json(body);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.send();
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
