package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;

class AddressTest {
    private static final CountryCode NO = CountryCode.of("NO");

    @Test
    void a_complete_address_is_trimmed_and_the_second_line_is_optional() {
        Address address = new Address(" Karl Johans gate 1 ", " ", "0154", "Oslo", NO);

        assertThat(address.addressLine()).isEqualTo("Karl Johans gate 1");
        assertThat(address.addressLine2()).isNull();
        assertThat(address.country()).isEqualTo(NO);
    }

    @Test
    void a_missing_address_line_is_reported_as_required() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Address("  ", null, "0154", "Oslo", NO));

        assertThat(refused.getMessage()).contains("address line", "required");
    }

    @Test
    void a_missing_postal_code_is_reported_as_required() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Address("Karl Johans gate 1", null, null, "Oslo", NO));

        assertThat(refused.getMessage()).contains("postal code", "required");
    }

    @Test
    void a_missing_postal_place_is_reported_as_required() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Address("Karl Johans gate 1", null, "0154", "", NO));

        assertThat(refused.getMessage()).contains("postal place", "required");
    }

    @Test
    void a_too_long_postal_code_is_refused_with_its_limit() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Address("Karl Johans gate 1", null, "1".repeat(21), "Oslo", NO));

        assertThat(refused.getMessage()).contains("postal code", "at most 20");
    }

    @Test
    void control_characters_in_an_address_line_are_refused() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Address("Karl Johans\u0000gate 1", null, "0154", "Oslo", NO));

        assertThat(refused.getMessage()).contains("address line", "control characters");
    }

    @Test
    void an_address_needs_a_country() {
        assertThatThrownBy(() -> new Address("Karl Johans gate 1", null, "0154", "Oslo", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("country");
    }
}
