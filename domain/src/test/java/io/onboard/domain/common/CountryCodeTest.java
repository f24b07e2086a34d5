package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Echoes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"NO", "SE", "DK", "FI", "DE", "GB", "US"})
    void iso_alpha2_codes_are_accepted(String code) {
        assertThat(new CountryCode(code).value()).isEqualTo(code);
    }

    @Test
    void a_code_written_in_lower_case_or_with_spaces_is_normalized() {
        assertThat(CountryCode.of(" no ")).isEqualTo(new CountryCode("NO"));
        assertThat(CountryCode.of("se")).hasToString("SE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "NOR", "N", "UK", "ZZ", "N0"})
    void codes_that_are_not_iso_3166_alpha2_are_refused_with_an_example(String code) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CountryCode.of(code));

        assertThat(refused.getMessage()).contains("country code", "ISO 3166-1 alpha-2", "NO");
    }

    @Test
    void the_constructor_takes_only_the_upper_case_form() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new CountryCode("no"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_country_code_is_reported_as_required(String code) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CountryCode.of(code));

        assertThat(refused.getMessage()).contains("country code", "required");
    }

    @Test
    void a_hostile_value_is_echoed_shortened_and_without_control_characters() {
        Echoes.assertEchoedSafely(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CountryCode.of(Echoes.HOSTILE)).getMessage());
    }

    @Test
    void a_null_country_code_is_reported_as_required() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> CountryCode.of(null));
    }
}
