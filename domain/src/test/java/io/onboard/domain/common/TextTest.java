package io.onboard.domain.common;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t", " \n "})
    void blank_optional_text_becomes_null(String value) {
        assertThat(Text.optional(value, 10, "label")).isNull();
        assertThat(Text.optionalMultiline(value, 10, "description")).isNull();
    }

    @Test
    void text_is_stripped_of_surrounding_whitespace() {
        assertThat(Text.optional("  Oslo  ", 10, "label")).isEqualTo("Oslo");
    }

    @Test
    void text_at_the_limit_is_accepted_and_one_more_character_is_refused_naming_the_limit() {
        assertThat(Text.optional("x".repeat(10), 10, "label")).hasSize(10);

        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Text.optional("x".repeat(11), 10, "label"));
        assertThat(refused.getMessage()).contains("label", "at most 10 characters");
    }

    @Test
    void the_limit_counts_characters_not_utf16_units() {
        String emoji = "\uD83D\uDE00";

        assertThat(Text.optional(emoji.repeat(10), 10, "label")).isEqualTo(emoji.repeat(10));
    }

    @Test
    void surrounding_whitespace_does_not_count_against_the_limit() {
        assertThat(Text.optional("   " + "x".repeat(10) + "   ", 10, "label")).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\nb", "a\rb", "a\tb", "a\u001Bb", "a\u007Fb", "a\u0085b"})
    void single_line_text_refuses_control_characters(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Text.optional(value, 100, "store name"));

        assertThat(refused.getMessage()).contains("store name", "control characters");
    }

    @Test
    void multiline_text_allows_line_breaks_and_tabs_but_no_other_control_characters() {
        assertThat(Text.optionalMultiline("line one\nline two\r\n\tindented", 100, "description"))
                .isEqualTo("line one\nline two\r\n\tindented");

        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Text.optionalMultiline("bell\u0007", 100, "description"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void required_text_that_is_blank_is_reported_as_required(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> Text.required(value, 10, "merchant reference"));

        assertThat(refused.getMessage()).isEqualTo("merchant reference is required");
    }

    @Test
    void required_text_follows_the_same_length_rule() {
        assertThat(Text.required(" ok ", 2, "code")).isEqualTo("ok");
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> Text.required("abc", 2, "code"));
    }
}
