package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"NOK", "SEK", "DKK", "EUR", "USD", "JPY"})
    void iso_4217_codes_are_accepted(String code) {
        assertThat(new CurrencyCode(code)).hasToString(code);
    }

    @Test
    void a_code_in_lower_case_is_normalized() {
        assertThat(CurrencyCode.of(" nok ")).isEqualTo(new CurrencyCode("NOK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XYZ", "NO", "NOKK", "kr", "N0K"})
    void unknown_codes_are_refused_with_an_example(String code) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CurrencyCode.of(code));

        assertThat(refused.getMessage()).contains("currency", "ISO 4217", "NOK");
    }

    @Test
    void a_blank_currency_is_reported_as_required() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CurrencyCode.of(" "));

        assertThat(refused.getMessage()).contains("currency", "required");
    }

    @Test
    void minor_unit_digits_follow_the_currency() {
        assertThat(CurrencyCode.of("NOK").minorUnitDigits()).isEqualTo(2);
        assertThat(CurrencyCode.of("JPY").minorUnitDigits()).isZero();
    }
}
