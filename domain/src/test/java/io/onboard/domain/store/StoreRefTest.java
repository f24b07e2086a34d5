package io.onboard.domain.store;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreRefTest {

    @Test
    void a_reference_of_the_generated_shape_is_a_server_id() {
        assertThat(StoreRef.parse("P11223351-0026"))
                .isEqualTo(new StoreRef.ByServerId(StoreServerId.next(Accounts.PRODUCTION, 26)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oslo-center", "P11223351-T0013", "P11223351-026", "store.1"})
    void any_other_valid_reference_is_a_merchant_store_id(String value) {
        assertThat(StoreRef.parse(value)).isEqualTo(new StoreRef.ByStoreId(new StoreId(value)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"oslo center", "oslo/center", "ø"})
    void a_reference_that_is_neither_is_refused_explaining_both_forms(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreRef.parse(value));

        assertThat(refused.getMessage()).contains("P11223351-0026", "store_id");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void a_missing_reference_is_reported_as_required(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreRef.parse(value));

        assertThat(refused.getMessage()).contains("required");
    }
}
