package io.onboard.domain.store;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Accounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreServerIdTest {

    @ParameterizedTest
    @CsvSource({"1, P11223351-0001", "26, P11223351-0026", "999, P11223351-0999", "9999, P11223351-9999",
            "10000, P11223351-10000", "1234567, P11223351-1234567"})
    void the_number_is_zero_padded_to_at_least_four_digits(long number, String expected) {
        assertThat(StoreServerId.next(Accounts.PRODUCTION, number).value()).isEqualTo(expected);
        assertThat(StoreServerId.next(Accounts.PRODUCTION, number)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P11223351-0001", "P11223351-0026", "T11223351-9999", "T11223351-10000", "P99999999-123456789"})
    void parsing_a_formatted_id_gives_it_back(String value) {
        StoreServerId parsed = StoreServerId.parse(value);

        assertThat(parsed.value()).isEqualTo(value);
        assertThat(StoreServerId.parse(parsed.value())).isEqualTo(parsed);
    }

    @Test
    void parsing_yields_the_account_and_the_number() {
        StoreServerId parsed = StoreServerId.parse("P11223351-0026");

        assertThat(parsed.accountId()).isEqualTo(AccountId.parse("P11223351"));
        assertThat(parsed.number()).isEqualTo(26);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P11223351", "P11223351-026", "P11223351-", "P11223351-T0026", "X11223351-0026",
            "p11223351-0026", "P11223351-0026 ", "P1122335-0026", "P11223351_0026", "oslo-center"})
    void ids_of_another_shape_are_refused_with_an_example(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreServerId.parse(value));

        assertThat(refused.getMessage()).contains("store id", "P11223351-0026");
    }

    @Test
    void an_id_with_extra_zero_padding_is_refused_naming_its_one_spelling() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreServerId.parse("T11223351-00026"));

        assertThat(refused.getMessage()).contains("T11223351-00026", "T11223351-0026");
        assertThat(StoreServerId.parse("T11223351-0026").value()).isEqualTo("T11223351-0026");
    }

    @Test
    void a_null_id_is_refused_as_malformed() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> StoreServerId.parse(null));
    }

    @Test
    void sequence_numbers_start_at_one() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> StoreServerId.next(Accounts.TEST, 0));
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> StoreServerId.parse("T11223351-0000"));
    }

    @Test
    void a_number_too_large_to_hold_is_refused_not_crashed() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> StoreServerId.parse("T11223351-99999999999999999999"));

        assertThat(refused.getMessage()).contains("out of range");
    }

    @Test
    void the_generated_shape_is_recognized() {
        assertThat(StoreServerId.hasGeneratedShape("P11223351-0026")).isTrue();
        assertThat(StoreServerId.hasGeneratedShape("P11223351-10000")).isTrue();
        assertThat(StoreServerId.hasGeneratedShape("P11223351-026")).isFalse();
        assertThat(StoreServerId.hasGeneratedShape("oslo-center")).isFalse();
        assertThat(StoreServerId.hasGeneratedShape(null)).isFalse();
    }
}
