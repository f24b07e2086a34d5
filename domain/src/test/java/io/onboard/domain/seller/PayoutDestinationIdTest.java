package io.onboard.domain.seller;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PayoutDestinationIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"seller-1", "S", "seller_ONE_2", "1234567890123456789012345678901234567890"})
    void ids_of_1_to_40_letters_digits_underscores_and_dashes_are_accepted(String value) {
        assertThat(new PayoutDestinationId(value)).hasToString(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "seller 1", "seller.1", "seller/1", "selger-ø", "12345678901234567890123456789012345678901"})
    void other_ids_are_refused_naming_the_allowed_shape(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new PayoutDestinationId(value));

        assertThat(refused.getMessage()).contains("payout destination id", "1 to 40", "letters, digits, _ or -");
    }
}
