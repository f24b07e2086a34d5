package io.onboard.domain.terminal;

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

class TerminalIdTest {

    @ParameterizedTest
    @CsvSource({"1, P11223351-T0001", "13, P11223351-T0013", "9999, P11223351-T9999", "10000, P11223351-T10000",
            "123456, P11223351-T123456"})
    void the_number_is_zero_padded_to_at_least_four_digits(long number, String expected) {
        assertThat(TerminalId.next(Accounts.PRODUCTION, number).value()).isEqualTo(expected);
        assertThat(TerminalId.next(Accounts.PRODUCTION, number)).hasToString(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P11223351-T0013", "T11223351-T0001", "T11223351-T10000", "P00000001-T99999999"})
    void parsing_a_formatted_id_gives_it_back(String value) {
        TerminalId parsed = TerminalId.parse(value);

        assertThat(parsed.value()).isEqualTo(value);
        assertThat(TerminalId.parse(parsed.value())).isEqualTo(parsed);
    }

    @Test
    void parsing_yields_the_account_and_the_number() {
        TerminalId parsed = TerminalId.parse("P11223351-T0013");

        assertThat(parsed.accountId()).isEqualTo(AccountId.parse("P11223351"));
        assertThat(parsed.number()).isEqualTo(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P11223351-0013", "P11223351-T013", "P11223351-t0013", "P11223351T0013", "X11223351-T0013",
            "P1122335-T0013", "P11223351-T", " P11223351-T0013", "8f1c2b7e-0000-4000-8000-000000000000"})
    void ids_of_another_shape_are_refused_with_an_example(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> TerminalId.parse(value));

        assertThat(refused.getMessage()).contains("terminal_id", "P11223351-T0013");
    }

    @Test
    void an_id_with_extra_zero_padding_is_refused_naming_its_one_spelling() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> TerminalId.parse("T11223351-T00013"));

        assertThat(refused.getMessage()).contains("T11223351-T00013", "T11223351-T0013");
        assertThat(TerminalId.parse("T11223351-T0013").value()).isEqualTo("T11223351-T0013");
    }

    @Test
    void a_null_id_is_refused_as_malformed() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> TerminalId.parse(null));
    }

    @Test
    void sequence_numbers_start_at_one() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> TerminalId.next(Accounts.TEST, 0));
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> TerminalId.parse("T11223351-T0000"));
    }

    @Test
    void a_number_too_large_to_hold_is_refused_not_crashed() {
        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> TerminalId.parse("T11223351-T99999999999999999999")).getMessage()).contains("out of range");
    }
}
