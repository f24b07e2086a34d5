package io.onboard.domain.seller;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.CheckDigits;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankAccountTest {
    private static final CurrencyCode NOK = CurrencyCode.of("NOK");

    private static BankAccount iban(String number, String country) {
        return new BankAccount(number, BankAccountType.IBAN, NOK, CountryCode.of(country), null);
    }

    private static BankAccount bban(String number, String country) {
        return new BankAccount(number, BankAccountType.BBAN, NOK, CountryCode.of(country), null);
    }

    private static InvalidValueException refused(ThrowingCallable call) {
        return refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, call);
    }

    @Nested
    class Iban {
        @ParameterizedTest
        @CsvSource({"NO9386011117947, NO", "GB82WEST12345698765432, GB", "DE89370400440532013000, DE"})
        void ibans_passing_mod97_in_their_own_country_are_accepted(String number, String country) {
            assertThat(CheckDigits.ibanValid(number)).as("example verified by the algorithm").isTrue();

            assertThat(iban(number, country).number()).isEqualTo(number);
        }

        @Test
        void spaces_and_lower_case_are_normalized() {
            assertThat(iban("no93 8601 1117 947", "NO").number()).isEqualTo("NO9386011117947");
        }

        @ParameterizedTest
        @CsvSource({"NO9386011117948, NO", "GB82WEST12345698765433, GB", "DE89370400440532013001, DE",
                "DE89370400440532014000, DE", "NO9486011117947, NO"})
        void one_changed_digit_fails_mod97(String number, String country) {
            assertThat(CheckDigits.ibanValid(number)).isFalse();

            assertThat(refused(() -> iban(number, country)).getMessage()).contains(number, "MOD97");
        }

        @Test
        void an_iban_of_another_country_than_the_bank_account_is_refused_naming_both() {
            InvalidValueException refused = refused(() -> iban("NO9386011117947", "SE"));

            assertThat(refused.getMessage()).contains("IBAN of NO", "country is SE");
        }

        @ParameterizedTest
        @ValueSource(strings = {"86011117947", "NO93", "9386011117947NO", "NO9X86011117947", "NO938601111794"})
        void numbers_without_the_iban_shape_are_refused(String number) {
            assertThat(refused(() -> iban(number, "NO")).getMessage()).contains("is not an IBAN");
        }
    }

    @Nested
    class NorwegianBban {
        @Test
        void eleven_digits_with_the_right_mod11_control_digit_are_accepted() {
            assertThat(CheckDigits.norwegianBbanControl("8601111794")).as("example verified by the algorithm").isEqualTo(7);

            assertThat(bban("86011117947", "NO").number()).isEqualTo("86011117947");
            assertThat(bban("8601 11 17947", "NO").number()).isEqualTo("86011117947");
        }

        @Test
        void a_control_digit_of_zero_is_accepted() {
            assertThat(CheckDigits.norwegianBbanControl("1503000001")).isZero();

            assertThat(bban("15030000010", "NO").number()).isEqualTo("15030000010");
        }

        @Test
        void a_wrong_control_digit_is_refused_naming_the_check() {
            IntStream.rangeClosed(0, 9).filter(digit -> digit != 7).forEach(digit ->
                    assertThat(refused(() -> bban("8601111794" + digit, "NO")).getMessage())
                            .contains("Norwegian MOD11"));
        }

        @Test
        void when_the_control_digit_would_be_10_no_account_number_is_valid() {
            assertThat(CheckDigits.norwegianBbanControl("1503000007")).isEqualTo(-1);

            IntStream.rangeClosed(0, 9).forEach(digit -> refused(() -> bban("1503000007" + digit, "NO")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"8601111794", "860111179470", "8601.11.17947", "NO9386011117947"})
        void anything_but_eleven_digits_is_refused(String number) {
            assertThat(refused(() -> bban(number, "NO")).getMessage()).contains("must be 11 digits");
        }
    }

    @Test
    void bbans_of_other_countries_are_4_to_34_letters_and_digits() {
        assertThat(bban("50000000058398257466", "SE").number()).isEqualTo("50000000058398257466");
        assertThat(refused(() -> bban("123", "SE")).getMessage()).contains("4 to 34 letters or digits");
        refused(() -> bban("1".repeat(35), "SE"));
        refused(() -> bban("1234-5678", "SE"));
    }

    @Nested
    class Bic {
        private BankAccount withBic(String bic) {
            return new BankAccount("86011117947", BankAccountType.BBAN, NOK, CountryCode.of("NO"), bic);
        }

        @ParameterizedTest
        @ValueSource(strings = {"DNBANOKK", "DNBANOKKXXX", "NDEANOKK", "DEUTDEFF500"})
        void bics_of_8_or_11_characters_are_accepted(String bic) {
            assertThat(withBic(bic).bankIdentificationCode()).isEqualTo(bic);
        }

        @Test
        void a_bic_is_normalized_to_upper_case_and_is_optional() {
            assertThat(withBic(" dnbanokk ").bankIdentificationCode()).isEqualTo("DNBANOKK");
            assertThat(withBic(null).bankIdentificationCode()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"DNBANOK", "DNBANOKKX", "DNBANOKKXX", "DNBANOKKXXXX", "1NBANOKK", "DNBA1OKK", "DNBA-NOKK"})
        void other_shapes_are_refused_with_an_example(String bic) {
            assertThat(refused(() -> withBic(bic)).getMessage()).contains("bank identification code", "8 or 11", "DNBANOKK");
        }
    }
}
