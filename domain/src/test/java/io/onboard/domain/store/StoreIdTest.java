package io.onboard.domain.store;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"oslo-center", "S", "store_1.main", "P11223351", "P11223351-001", "P11223351-T0013",
            "p11223351-0026", "X11223351-0026", "P1122335-0026", "P11223351-0026a"})
    void a_client_may_choose_any_id_of_the_allowed_shape_but_the_generated_one(String value) {
        assertThat(StoreId.chosenByClient(value).value()).isEqualTo(value);
    }

    @Test
    void a_client_may_use_all_64_characters() {
        assertThat(StoreId.chosenByClient("s".repeat(64)).value()).hasSize(64);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "oslo center", "oslo/center", "oslø", "oslo:1"})
    void ids_outside_the_allowed_shape_are_refused_naming_it(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreId.chosenByClient(value));

        assertThat(refused.getMessage()).contains("store_id", "1 to 64", "letters, digits, _, . or -");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", "..."})
    void an_id_of_dots_only_is_refused_because_http_clients_collapse_it_in_paths(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreId.chosenByClient(value));

        assertThat(refused.getMessage()).contains("must contain a letter, digit, _ or -");
    }

    @Test
    void an_id_of_65_characters_is_refused() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> StoreId.chosenByClient("s".repeat(65)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P11223351-0026", "T11223351-0001", "P11223351-10000", "T00000001-00000000001"})
    void a_client_may_not_choose_the_reserved_shape_of_generated_ids(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreId.chosenByClient(value));

        assertThat(refused.getMessage()).contains(value, "reserved", "leave it out");
    }

    @Test
    void the_default_store_id_is_the_server_id_even_though_it_has_the_reserved_shape() {
        StoreServerId serverId = StoreServerId.next(Accounts.PRODUCTION, 26);

        assertThat(StoreId.of(serverId).value()).isEqualTo("P11223351-0026");
    }

    @Test
    void the_plain_constructor_checks_only_the_shape_for_stored_values() {
        assertThat(new StoreId("P11223351-0026").value()).isEqualTo("P11223351-0026");
    }
}
