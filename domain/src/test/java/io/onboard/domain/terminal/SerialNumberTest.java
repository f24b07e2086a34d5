package io.onboard.domain.terminal;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SerialNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"ABC123", "SN-000001", "FAIL-0001", "abcdef", "1234567890123456789012345678901234567890"})
    void six_to_forty_letters_digits_and_dashes_are_accepted(String value) {
        assertThat(new SerialNumber(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ABC12", "12345678901234567890123456789012345678901", "SN 000001", "SN_000001",
            "SN.000001", "SNØ00001"})
    void other_serial_numbers_are_refused_naming_the_rule(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new SerialNumber(value));

        assertThat(refused.getMessage()).contains("device serial number", "6 to 40 letters, digits or dashes");
    }
}
