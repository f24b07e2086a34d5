package io.onboard.domain.seller;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.CheckDigits;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationNumberTest {
    private static final CountryCode NO = CountryCode.of("NO");
    private static final CountryCode SE = CountryCode.of("SE");
    private static final CountryCode DK = CountryCode.of("DK");
    private static final CountryCode FI = CountryCode.of("FI");

    private static InvalidValueException refused(CountryCode country, String written) {
        return refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> OrganizationNumber.of(country, written));
    }

    @Nested
    class Norway {
        @ParameterizedTest
        @ValueSource(strings = {"923663487", "984712650", "812345672", "123456785"})
        void numbers_with_the_right_mod11_control_digit_are_accepted(String number) {
            assertThat(CheckDigits.norwegianOrgControl(number.substring(0, 8)))
                    .as("example verified by the algorithm").isEqualTo(number.charAt(8) - '0');

            assertThat(OrganizationNumber.of(NO, number).value()).isEqualTo(number);
        }

        @Test
        void the_seeds_number_with_its_last_digit_changed_is_refused_naming_the_check() {
            assertThat(refused(NO, "923663488").getMessage()).contains("923663488", "NO MOD11");
        }

        @Test
        void every_wrong_control_digit_is_refused() {
            IntStream.rangeClosed(0, 9).filter(digit -> digit != 7)
                    .forEach(digit -> refused(NO, "92366348" + digit));
        }

        @Test
        void when_the_control_digit_would_be_10_no_number_is_valid() {
            assertThat(CheckDigits.norwegianOrgControl("98000001")).as("leading digits whose control is 10").isEqualTo(-1);
            assertThat(CheckDigits.norwegianOrgControl("91234567")).as("leading digits whose control is 10").isEqualTo(-1);

            IntStream.rangeClosed(0, 9).forEach(digit -> {
                refused(NO, "98000001" + digit);
                refused(NO, "91234567" + digit);
            });
        }

        @Test
        void numbers_computed_by_the_algorithm_are_accepted_and_off_by_one_control_digits_are_not() {
            int checked = 0;
            for (int prefix = 91000000; prefix < 91000200; prefix++) {
                String leading = Integer.toString(prefix);
                int control = CheckDigits.norwegianOrgControl(leading);
                if (control < 0) {
                    IntStream.rangeClosed(0, 9).forEach(digit -> refused(NO, leading + digit));
                    continue;
                }
                assertThat(OrganizationNumber.of(NO, leading + control).value()).isEqualTo(leading + control);
                refused(NO, leading + (control + 1) % 10);
                checked++;
            }
            assertThat(checked).isGreaterThan(150);
        }

        @Test
        void spaces_are_ignored() {
            assertThat(OrganizationNumber.of(NO, "923 663 487")).isEqualTo(OrganizationNumber.of(NO, "923663487"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"92366348", "9236634870", "92366348a", "923-663-487", "NO923663487"})
        void anything_but_nine_digits_is_refused(String written) {
            assertThat(refused(NO, written).getMessage()).contains("must be 9 digits for NO");
        }
    }

    @Nested
    class Sweden {
        @ParameterizedTest
        @ValueSource(strings = {"5560360793", "5565475489", "2021005489", "5567037485"})
        void numbers_passing_luhn_are_accepted(String number) {
            assertThat(CheckDigits.luhnValid(number)).as("example verified by the algorithm").isTrue();

            assertThat(OrganizationNumber.of(SE, number).value()).isEqualTo(number);
        }

        @Test
        void the_usual_written_form_with_a_dash_is_accepted_as_the_same_number() {
            assertThat(OrganizationNumber.of(SE, "556036-0793")).isEqualTo(OrganizationNumber.of(SE, "5560360793"));
            assertThat(OrganizationNumber.of(SE, "556036-0793").value()).isEqualTo("5560360793");
        }

        @ParameterizedTest
        @ValueSource(strings = {"5560360794", "5560360783", "6560360793", "556036-0794"})
        void a_changed_digit_fails_the_luhn_check(String written) {
            assertThat(CheckDigits.luhnValid(written.replace("-", ""))).isFalse();

            assertThat(refused(SE, written).getMessage()).contains("SE Luhn");
        }

        @ParameterizedTest
        @ValueSource(strings = {"556036079", "55603607930", "55603-60793", "556036-079"})
        void anything_but_ten_digits_is_refused(String written) {
            assertThat(refused(SE, written).getMessage()).contains("must be 10 digits for SE");
        }
    }

    @Nested
    class Denmark {
        @ParameterizedTest
        @ValueSource(strings = {"13585628", "61126228", "10403782", "25313763", "20756438"})
        void numbers_whose_weighted_sum_is_divisible_by_11_are_accepted(String number) {
            assertThat(CheckDigits.danishValid(number)).as("example verified by the algorithm").isTrue();

            assertThat(OrganizationNumber.of(DK, number).value()).isEqualTo(number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"13585627", "13585629", "31585628"})
        void other_numbers_fail_the_mod11_check(String number) {
            assertThat(CheckDigits.danishValid(number)).isFalse();

            assertThat(refused(DK, number).getMessage()).contains("DK MOD11");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1358562", "135856280", "DK13585628"})
        void anything_but_eight_digits_is_refused(String written) {
            assertThat(refused(DK, written).getMessage()).contains("must be 8 digits for DK");
        }
    }

    @Nested
    class Finland {
        @ParameterizedTest
        @ValueSource(strings = {"0112038-9", "1572860-0", "0737546-2", "2020001-8"})
        void numbers_with_the_right_check_digit_are_accepted(String number) {
            assertThat(CheckDigits.finnishValid(number)).as("example verified by the algorithm").isTrue();

            assertThat(OrganizationNumber.of(FI, number).value()).isEqualTo(number);
        }

        @Test
        void remainder_zero_gives_check_digit_zero() {
            assertThat(CheckDigits.finnishRemainder("1572860")).isZero();

            assertThat(OrganizationNumber.of(FI, "1572860-0").value()).isEqualTo("1572860-0");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0112038-8", "0112038-0", "0112083-9"})
        void a_wrong_check_digit_is_refused(String number) {
            assertThat(CheckDigits.finnishValid(number)).isFalse();

            assertThat(refused(FI, number).getMessage()).contains("FI MOD11");
        }

        @Test
        void leading_digits_with_remainder_1_are_never_valid() {
            assertThat(CheckDigits.finnishRemainder("1000008")).isEqualTo(1);

            IntStream.rangeClosed(0, 9).forEach(digit -> refused(FI, "1000008-" + digit));
        }

        @ParameterizedTest
        @ValueSource(strings = {"01120389", "0112038/9", "112038-9", "0112038-99"})
        void anything_but_the_nnnnnnn_n_form_is_refused_showing_the_form(String written) {
            assertThat(refused(FI, written).getMessage()).contains("NNNNNNN-N");
        }
    }

    @Nested
    class OtherCountries {
        static Stream<String> accepted() {
            return Stream.of("HRB12345", "12-3456789", "A", "X".repeat(40), "00012345");
        }

        @ParameterizedTest
        @MethodSource("accepted")
        void up_to_40_letters_digits_and_dashes_are_accepted(String number) {
            assertThat(OrganizationNumber.of(CountryCode.of("DE"), number).value()).isEqualTo(number);
        }

        @Test
        void spaces_are_removed_before_checking() {
            assertThat(OrganizationNumber.of(CountryCode.of("DE"), "HRB 12345").value()).isEqualTo("HRB12345");
        }

        @ParameterizedTest
        @ValueSource(strings = {"HRB/12345", "12.345", "Ü123"})
        void other_characters_are_refused(String number) {
            assertThat(refused(CountryCode.of("GB"), number).getMessage()).contains("1 to 40 letters, digits or dashes");
        }

        @Test
        void more_than_40_characters_are_refused() {
            refused(CountryCode.of("GB"), "X".repeat(41));
        }

        @Test
        void a_nordic_algorithm_is_not_applied_elsewhere() {
            assertThat(OrganizationNumber.of(CountryCode.of("DE"), "923663488").value()).isEqualTo("923663488");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void a_blank_number_is_reported_as_required(String written) {
        assertThat(refused(NO, written).getMessage()).contains("organization number is required");
    }

    @Test
    void the_same_digits_in_two_countries_are_different_numbers() {
        assertThat(OrganizationNumber.of(NO, "923663487"))
                .isNotEqualTo(OrganizationNumber.of(CountryCode.of("DE"), "923663487"));
    }

    @Test
    void the_constructor_checks_as_strictly_as_the_factory() {
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new OrganizationNumber(NO, "923663488"));
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> new OrganizationNumber(SE, "556036-0793"));
    }
}
