package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What HTTP promises around a resource: a created one says where it lives, and HEAD answers wherever GET does. */
class ResourceHeadersTest {
    private final TestServer server = new TestServer();
    private final Onboarding flow = new Onboarding(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void every_created_resource_says_where_it_can_be_read() {
        Response seller = flow.seller(Bodies.activeSeller());
        Response store = flow.store(Bodies.guideStore());
        Response terminal = flow.terminal(Seed.SERIAL, store.text("/id"));
        Response session = server.client.post(Paths.SESSIONS).token(flow.token)
                .json(Bodies.session(Seed.STORE_ID, terminal.text("/terminal_id"), Seed.SELLER)).send();

        assertThat(seller.header("Location")).isEqualTo(Paths.APPROVALS + "/" + Seed.SELLER);
        assertThat(store.header("Location")).isEqualTo(Paths.STORES + "/" + store.text("/id"));
        assertThat(terminal.header("Location")).isEqualTo(Paths.TERMINALS + "/" + terminal.text("/terminal_id"));
        assertThat(session.header("Location")).isEqualTo("/v1/sessions/" + session.text("/id"));
        Map<Response, String> idOf = Map.of(seller, "/payout_destination_id", store, "/id", terminal, "/terminal_id",
                session, "/id");
        idOf.forEach((created, id) -> {
            Response read = server.client.get(created.header("Location")).token(flow.token).send();
            assertThat(read.status()).as(created.header("Location")).isEqualTo(200);
            assertThat(read.text(id)).isEqualTo(created.text(id));
        });
    }

    @Test
    void head_answers_as_get_does_without_the_body() {
        Response terminal = flow.enrolledTerminal();
        String path = terminal.header("Location");

        for (String resource : List.of(path, path + "/readiness", Paths.TERMINALS, Paths.STORES, Paths.SELLERS,
                "/health", "/openapi.yaml")) {
            Response get = server.client.get(resource).token(flow.token).send();
            Response head = server.client.request("HEAD", resource).token(flow.token).send();

            assertThat(head.status()).as(resource).isEqualTo(get.status()).isEqualTo(200);
            assertThat(head.raw()).as(resource).isEmpty();
            assertThat(head.header("Content-Type")).as(resource).isEqualTo(get.header("Content-Type"));
            assertThat(head.header("ETag")).as(resource).isEqualTo(get.header("ETag"));
        }
        assertThat(server.client.request("HEAD", path).token(flow.token).send().header("ETag")).isNotNull();
    }

    @Test
    void a_resource_has_one_spelling_and_its_zero_padded_variants_are_not_found() {
        Response terminal = flow.enrolledTerminal();
        String terminalId = terminal.text("/terminal_id");
        String storeId = terminal.text("/store_id");
        String serverId = server.client.get(Paths.STORES + "/" + storeId).token(flow.token).send().text("/id");

        assertThat(server.client.get(Paths.TERMINALS + "/" + terminalId).token(flow.token).send().status()).isEqualTo(200);
        assertThat(server.client.get(Paths.TERMINALS + "/" + terminalId.replace("-T", "-T0")).token(flow.token).send()
                .errorCode()).isEqualTo("NOT_FOUND");
        assertThat(server.client.get(Paths.STORES + "/" + serverId).token(flow.token).send().status()).isEqualTo(200);
        assertThat(server.client.get(Paths.STORES + "/" + serverId.replace("-", "-0")).token(flow.token).send()
                .errorCode()).isEqualTo("NOT_FOUND");
    }

    @Test
    void head_needs_the_token_its_get_needs() {
        Response head = server.client.request("HEAD", Paths.STORES).send();

        assertThat(head.status()).isEqualTo(401);
        assertThat(head.raw()).isEmpty();
    }

    @Test
    void a_405_names_get_and_head_where_they_are_taken() {
        Response response = server.client.request("DELETE", Paths.TERMINALS).token(flow.token).send();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).contains("GET", "HEAD", "POST");
    }
}
