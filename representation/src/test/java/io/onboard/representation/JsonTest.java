package io.onboard.representation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The wire format: the guide's JSON reads into commands, and responses carry SPEC's snake_case names. */
class JsonTest {
    private final Onboard onboard = Onboard.withBuiltIns(InMemoryStorage.create().onboarding());

    @Test
    void the_guides_store_and_terminal_bodies_read_into_commands_and_responses_use_spec_names() throws Exception {
        onboard.createAccount().create(new CreateAccountCommand(Seed.ACCOUNT.value(), null));
        onboard.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, "seller-1", Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        StoreCreateRequest storeBody = Json.mapper().readValue("""
                {"store_id": "oslo-center", "store_name": "Oslo Center",
                 "organization": {"organization_number": "923663487"},
                 "payout_destination": {"payout_destination_id": "seller-1"}}""", StoreCreateRequest.class);
        StoreView store = onboard.createStore().create(storeBody.toCommand(Seed.ACCOUNT));
        TerminalRequest terminalBody = Json.mapper().readValue("""
                {"device_serial_number": "158222607285", "device_model": "SATURN1000", "store_id": "T11223351-0001"}""",
                TerminalRequest.class);
        TerminalView terminal = onboard.registerTerminal().register(terminalBody.toCommand(Seed.ACCOUNT));

        JsonNode storeJson = Json.mapper().valueToTree(StoreResponse.from(store));
        JsonNode terminalJson = Json.mapper().valueToTree(TerminalResponse.from(terminal, true));

        assertThat(storeJson.path("store_id").asText()).isEqualTo("oslo-center");
        assertThat(storeJson.path("id").asText()).isEqualTo("T11223351-0001");
        assertThat(storeJson.path("payout_destination").path("case_status").asText()).isEqualTo("ACTIVE");
        assertThat(storeJson.path("verified").asBoolean()).isTrue();
        assertThat(terminalJson.path("terminal_id").asText()).isEqualTo("T11223351-T0001");
        assertThat(terminalJson.path("store_id").asText()).isEqualTo("oslo-center");
        assertThat(terminalJson.path("store").path("id").asText()).isEqualTo("T11223351-0001");
        assertThat(terminalJson.path("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Json.mapper().valueToTree(TerminalResponse.from(terminal, false)).has("store")).isFalse();
    }

    @Test
    void a_name_ending_in_a_number_is_written_and_read_as_spec_names_it() throws Exception {
        var address = new io.onboard.application.port.in.input.AddressInput("Karl Johans gate 1", "3rd floor", "0154",
                "Oslo", "NO");

        JsonNode json = Json.mapper().valueToTree(address);

        assertThat(json.has("address_line_2")).isTrue();
        assertThat(Json.mapper().readValue("{\"address_line_2\": \"3rd floor\"}",
                io.onboard.application.port.in.input.AddressInput.class).addressLine2()).isEqualTo("3rd floor");
    }

    @Test
    void unknown_fields_and_wrong_types_are_refused_not_guessed() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"device_serial_nummer\": \"x\"}", TerminalRequest.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"device_serial_number\": 123456}", TerminalRequest.class))
                .isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue(
                "{\"order\": {\"amount\": \"100\"}}", SessionRequest.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue(
                "{\"order\": {\"amount\": 1.5}}", SessionRequest.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> Json.mapper().readValue("[".repeat(100) + "]".repeat(100), Object.class))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void errors_list_fields_only_when_fields_are_at_fault() {
        JsonNode withFields = Json.mapper().valueToTree(ErrorResponse.from(new ValidationException(ErrorCode.VALIDATION_ERROR,
                "2 fields are invalid", List.of(new FieldError("order.store.id", "is required")))));
        JsonNode withoutFields = Json.mapper().valueToTree(ErrorResponse.of("NOT_FOUND", "store x does not exist", List.of()));

        assertThat(withFields.path("error").path("errors").get(0).path("field").asText()).isEqualTo("order.store.id");
        assertThat(withoutFields.path("error").has("errors")).isFalse();
        assertThat(withoutFields.path("error").path("code").asText()).isEqualTo("NOT_FOUND");
    }
}
