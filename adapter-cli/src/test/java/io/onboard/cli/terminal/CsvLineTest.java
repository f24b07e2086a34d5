package io.onboard.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CSV dialect of terminal import: RFC 4180 fields on one line. */
class CsvLineTest {
    @Test
    void plain_fields_are_split_on_commas_and_trimmed() {
        assertThat(CsvLine.parse(" SN-1 ,S1P2,store")).containsExactly("SN-1", "S1P2", "store");
    }

    @Test
    void empty_fields_are_kept_including_a_trailing_one() {
        assertThat(CsvLine.parse("a,,b,")).containsExactly("a", "", "b", "");
    }

    @Test
    void quoted_fields_keep_commas_spaces_and_doubled_quotes() {
        assertThat(CsvLine.parse("a,\" Bar, \"\"left\"\" \",c")).containsExactly("a", " Bar, \"left\" ", "c");
    }

    @Test
    void a_quote_left_open_makes_the_line_malformed() {
        assertThatThrownBy(() -> CsvLine.parse("a,\"b,c")).isInstanceOf(CsvLine.Malformed.class)
                .hasMessage("the quote that opens column 2 is never closed");
    }

    @Test
    void text_after_a_closing_quote_makes_the_line_malformed() {
        assertThatThrownBy(() -> CsvLine.parse("\"a\"b,c")).isInstanceOf(CsvLine.Malformed.class)
                .hasMessageContaining("after the closing quote of column 1");
    }

    @Test
    void a_quote_inside_an_unquoted_field_makes_the_line_malformed() {
        assertThatThrownBy(() -> CsvLine.parse("a,b\"c")).isInstanceOf(CsvLine.Malformed.class)
                .hasMessageContaining("unquoted column 2");
    }
}
