package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import io.onboard.domain.access.Scope;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every guarded endpoint × {no token, another account's token, a token without the scope} is denied. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private TestServer server;
    private String otherAccountsToken;
    private String sessionId;
    private String terminalId;

    /** One endpoint, with the ids of existing resources filled in, and the scope it needs. */
    record Endpoint(String method, String path, String body, Scope needs) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    void onboard() {
        server = new TestServer();
        Onboarding flow = new Onboarding(server);
        terminalId = flow.enrolledTerminal().text("/terminal_id");
        flow.seller(Bodies.seller("seller-2", Seed.OTHER_ORGANIZATION_NUMBER, null));
        sessionId = server.client.post(Paths.SESSIONS).token(flow.token)
                .json(Bodies.session(Seed.STORE_ID, terminalId, Seed.SELLER)).send().text("/id");
        otherAccountsToken = server.token(Seed.OTHER_ACCOUNT);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Stream<Endpoint> endpoints() {
        String terminal = Paths.TERMINALS + "/" + terminalId;
        String store = Paths.STORES + "/" + Seed.STORE_ID;
        return Stream.of(
                new Endpoint("POST", Paths.APPROVALS, Bodies.seller("seller-9", "987654325", null), Scope.WRITE_ACCOUNTS),
                new Endpoint("GET", Paths.APPROVALS, null, Scope.READ_ACCOUNTS),
                new Endpoint("GET", Paths.APPROVALS + "/seller-2", null, Scope.READ_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/submit_declaration", null, Scope.WRITE_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/sign", null, Scope.WRITE_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/submit_details", null, Scope.WRITE_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/archive", null, Scope.WRITE_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/approve", "{\"reason\": \"ok\"}", Scope.ADMIN_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/decline", "{\"reason\": \"no\"}", Scope.ADMIN_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/request_details", null, Scope.ADMIN_ACCOUNTS),
                new Endpoint("POST", Paths.APPROVALS + "/seller-2/terminate", null, Scope.ADMIN_ACCOUNTS),
                new Endpoint("GET", Paths.SELLERS, null, Scope.READ_ACCOUNTS),
                new Endpoint("GET", Paths.SELLERS + "/" + Seed.SELLER, null, Scope.READ_ACCOUNTS),
                new Endpoint("POST", Paths.STORES, Bodies.store("north", Seed.SELLER), Scope.WRITE_ACCOUNTS),
                new Endpoint("GET", Paths.STORES, null, Scope.READ_ACCOUNTS),
                new Endpoint("GET", store, null, Scope.READ_ACCOUNTS),
                new Endpoint("PUT", store, "{\"store_name\": \"Renamed\"}", Scope.WRITE_ACCOUNTS),
                new Endpoint("DELETE", store, null, Scope.WRITE_ACCOUNTS),
                new Endpoint("POST", Paths.TERMINALS, Bodies.terminal("SERIAL-77", Seed.STORE_ID), Scope.WRITE_ACCOUNTS),
                new Endpoint("GET", Paths.TERMINALS, null, Scope.READ_ACCOUNTS),
                new Endpoint("GET", terminal, null, Scope.READ_ACCOUNTS),
                new Endpoint("PUT", terminal, "{\"label\": \"x\"}", Scope.WRITE_ACCOUNTS),
                new Endpoint("DELETE", terminal, null, Scope.WRITE_ACCOUNTS),
                new Endpoint("POST", terminal + "/sync", null, Scope.WRITE_ACCOUNTS),
                new Endpoint("GET", terminal + "/readiness", null, Scope.READ_ACCOUNTS),
                new Endpoint("POST", Paths.SESSIONS, Bodies.session(Seed.STORE_ID, terminalId, Seed.SELLER), Scope.WRITE_CHECKOUT),
                new Endpoint("GET", "/v1/sessions/" + sessionId, null, Scope.READ_CHECKOUT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void without_a_token_every_endpoint_answers_401(Endpoint endpoint) {
        Response response = send(endpoint, null);

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_token_that_is_not_one_of_ours_answers_401(Endpoint endpoint) {
        Response response = send(endpoint, "forged-" + "x".repeat(43));

        assertThat(response.status()).as(response.toString()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void another_accounts_token_is_denied_or_sees_nothing(Endpoint endpoint) {
        Response response = send(endpoint, otherAccountsToken);

        if (endpoint.path().startsWith("/v1/accounts/")) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.errorCode()).isEqualTo("ACCOUNT_MISMATCH");
        } else if (endpoint.method().equals("GET")) {
            assertThat(response.status()).as("the session is not in the token's account: " + response).isEqualTo(404);
        } else {
            assertThat(response.status()).as("the store is not in the token's account: " + response).isEqualTo(400);
            assertThat(response.errorCode()).isEqualTo("STORE_NOT_FOUND");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void a_token_without_the_needed_scope_answers_403_insufficient_scope(Endpoint endpoint) {
        String[] allButNeeded = Arrays.stream(Scope.values())
                .filter(scope -> !scope.grants(endpoint.needs()))
                .map(Scope::wireName).toArray(String[]::new);

        Response response = send(endpoint, server.token(Seed.ACCOUNT, allButNeeded));

        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.errorCode()).isEqualTo("INSUFFICIENT_SCOPE");
    }

    @Test
    void another_accounts_data_never_shows_in_its_own_lists() {
        Response stores = server.client.get("/v1/accounts/" + Seed.OTHER_ACCOUNT.value() + "/stores")
                .token(otherAccountsToken).send();
        Response terminals = server.client.get("/v1/accounts/" + Seed.OTHER_ACCOUNT.value() + "/terminals?search=" + Seed.SERIAL)
                .token(otherAccountsToken).send();

        assertThat(stores.json().get("stores")).isEmpty();
        assertThat(terminals.json().get("terminals")).isEmpty();
    }

    private Response send(Endpoint endpoint, String token) {
        ApiClient.Request request = server.client.request(endpoint.method(), endpoint.path());
        if (token != null) {
            request.token(token);
        }
        if (endpoint.body() != null) {
            request.json(endpoint.body());
        }
        return request.send();
    }
}
