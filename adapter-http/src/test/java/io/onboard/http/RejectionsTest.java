package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.testdata.Seed;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each refusal of SPEC 3-5 over HTTP, with its status and code, and field errors all at once. */
class RejectionsTest {
    private final TestServer server = new TestServer();
    private final Onboarding flow = new Onboarding(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void session_store_fields_are_required_together_and_the_missing_ones_are_named() {
        Response response = session("""
                {"order": {"amount": 100, "currency": "NOK", "merchant_reference": "r", "store": {"id": "oslo-center"}}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("STORE_FIELDS_INCOMPLETE");
        assertThat(fields(response)).contains("order.store.terminal_id", "order.store.payout_destination_id");
    }

    @Test
    void a_session_for_an_unknown_store_a_foreign_terminal_or_another_seller_is_refused() {
        String terminal = flow.enrolledTerminal().text("/terminal_id");
        flow.seller(Bodies.seller("seller-2", Seed.OTHER_ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        String north = flow.store(Bodies.store("north", "seller-2")).text("/id");
        String northTerminal = flow.terminal("NORTH-0001", north).text("/terminal_id");

        assertThat(session(Bodies.session("nowhere", terminal, Seed.SELLER)).errorCode()).isEqualTo("STORE_NOT_FOUND");
        assertThat(session(Bodies.session(Seed.STORE_ID, northTerminal, Seed.SELLER)).errorCode()).isEqualTo("TERMINAL_NOT_IN_STORE");
        assertThat(session(Bodies.session(Seed.STORE_ID, terminal, "seller-2")).errorCode()).isEqualTo("PAYOUT_DESTINATION_MISMATCH");
    }

    @Test
    void a_session_for_a_terminal_that_is_not_enrolled_lists_every_failed_check() {
        flow.seller(Bodies.seller(Seed.SELLER, Seed.ORGANIZATION_NUMBER, null));
        String store = flow.store(Bodies.guideStore()).text("/id");
        String terminal = flow.terminal(Seed.SERIAL, store).text("/terminal_id");
        server.client.put(Paths.TERMINALS + "/" + terminal).token(flow.token).json("{\"status\": \"INACTIVE\"}").send();
        server.client.put(Paths.STORES + "/" + Seed.STORE_ID).token(flow.token).json("{\"status\": \"INACTIVE\"}").send();

        Response response = session(Bodies.session(Seed.STORE_ID, terminal, Seed.SELLER));
        Response readiness = server.client.get(Paths.TERMINALS + "/" + terminal + "/readiness").token(flow.token).send();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("TERMINAL_NOT_ENROLLED");
        assertThat(response.json().at("/error/errors")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(readiness.json().get("enrolled").asBoolean()).isFalse();
        assertThat(StreamSupport.stream(readiness.json().get("checks").spliterator(), false)
                .filter(c -> !c.get("ok").asBoolean()).map(c -> c.get("code").asText()))
                .containsExactly("TERMINAL_NOT_ACTIVE", "STORE_NOT_ACTIVE", "PAYOUT_DESTINATION_NOT_ACTIVE");
    }

    @Test
    void store_rules_refuse_an_unknown_seller_and_a_different_organization_number() {
        flow.activeSeller();

        Response noSeller = flow.client.post(Paths.STORES).token(flow.token).json(Bodies.store("x", "nobody")).send();
        Response mismatch = flow.client.post(Paths.STORES).token(flow.token).json("""
                {"store_name": "X", "organization": {"organization_number": "974760673"},
                 "payout_destination": {"payout_destination_id": "seller-1"}}""").send();

        assertThat(noSeller.status()).isEqualTo(400);
        assertThat(noSeller.errorCode()).isEqualTo("PAYOUT_DESTINATION_NOT_FOUND");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.errorCode()).isEqualTo("ORGANIZATION_MISMATCH");
    }

    @Test
    void terminal_rules_refuse_an_unsupported_model_and_a_serial_already_in_use() {
        String store = flow.enrolledTerminal().text("/store_id");

        Response model = flow.client.post(Paths.TERMINALS).token(flow.token).json("""
                {"device_serial_number": "NEW-000001", "device_model": "TOASTER", "store_id": "%s"}""".formatted(store)).send();
        Response serial = flow.client.post(Paths.TERMINALS).token(flow.token).json(Bodies.terminal(Seed.SERIAL, store)).send();

        assertThat(model.status()).isEqualTo(400);
        assertThat(model.errorCode()).isEqualTo("UNSUPPORTED_DEVICE_MODEL");
        assertThat(model.text("/error/message")).contains("SATURN1000");
        assertThat(serial.status()).isEqualTo(409);
        assertThat(serial.errorCode()).isEqualTo("DUPLICATE_SERIAL_NUMBER");
    }

    @Test
    void a_second_seller_for_the_same_legal_entity_is_a_409() {
        flow.activeSeller();

        Response duplicate = flow.client.post(Paths.APPROVALS).token(flow.token)
                .json(Bodies.seller("seller-2", Seed.ORGANIZATION_NUMBER, null)).send();

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("DUPLICATE_LEGAL_ENTITY");
    }

    @Test
    void every_field_error_of_a_request_is_reported_at_once_with_json_paths() {
        Response response = session("""
                {"order": {"amount": 0, "currency": "", "merchant_reference": "",
                  "store": {"id": "oslo-center", "terminal_id": "T11223351-T0001", "payout_destination_id": "seller-1"}}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).contains("order.amount", "order.currency", "order.merchant_reference");
    }

    @Test
    void reads_of_unknown_resources_are_404_not_found() {
        for (String path : List.of(Paths.STORES + "/nope", Paths.TERMINALS + "/T11223351-T0042", Paths.SELLERS + "/nope",
                "/v1/sessions/nope")) {
            Response response = flow.client.get(path).token(flow.token).send();
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.errorCode()).isEqualTo("NOT_FOUND");
        }
    }

    private Response session(String body) {
        return server.client.post(Paths.SESSIONS).token(flow.token).json(body).send();
    }

    private static List<String> fields(Response response) {
        JsonNode errors = response.json().at("/error/errors");
        return StreamSupport.stream(errors.spliterator(), false).map(e -> e.get("field").asText()).toList();
    }
}
