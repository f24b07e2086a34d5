package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"+4722334455", "+46701234567", "+1234567", "+123456789012345", "+4799887766"})
    void numbers_in_e164_form_are_accepted(String number) {
        assertThat(new PhoneNumber(number)).hasToString(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4722334455", "+47 22 33 44 55", "+47-22334455", "0047 22334455", "+0722334455",
            "+123456", "+1234567890123456", "+47223344aa", "++4722334455", "+4722334455\n"})
    void numbers_not_in_e164_form_are_refused_with_an_example(String number) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new PhoneNumber(number));

        assertThat(refused.getMessage()).contains("phone number", "E.164", "+4722334455");
    }
}
