package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(strings = {"post@example.com", "kari.nordmann+kvittering@fjord-kaffe.no", "a@b.co", "x_y@sub.domain.example"})
    void ordinary_addresses_are_accepted(String email) {
        assertThat(new Email(email)).hasToString(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "post", "post@", "@example.com", "post@example", "post@@example.com",
            "post @example.com", "post@-example.com", "post@example-.com", "post@exa_mple.com", "post@example.com "})
    void malformed_addresses_are_refused_with_an_example(String email) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Email(email));

        assertThat(refused.getMessage()).contains("email", "post@example.com");
    }

    @Test
    void a_local_part_longer_than_64_characters_is_refused() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Email("a".repeat(65) + "@example.com"));
        assertThat(new Email("a".repeat(64) + "@example.com").value()).hasSize(76);
    }

    @Test
    void an_address_longer_than_254_characters_is_refused() {
        String label = "d".repeat(60);
        String longDomain = String.join(".", label, label, label, label, label) + ".no";
        assertThat(("post@" + longDomain).length()).isGreaterThan(254);

        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new Email("post@" + longDomain));
    }

    @Test
    void a_hostile_value_is_shortened_in_the_message() {
        String huge = "x".repeat(500);

        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Email(huge));

        assertThat(refused.getMessage()).hasSizeLessThan(200).contains("...");
    }
}
