package io.onboard.domain.account;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Echoes;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountIdTest {

    @Test
    void an_account_id_starting_with_T_is_a_test_account() {
        AccountId aid = AccountId.parse("T11223351");

        assertThat(aid.isTest()).isTrue();
        assertThat(aid.value()).isEqualTo("T11223351");
        assertThat(aid).hasToString("T11223351");
    }

    @Test
    void an_account_id_starting_with_P_is_a_production_account() {
        assertThat(AccountId.parse("P11223351").isTest()).isFalse();
    }

    @Test
    void test_and_production_accounts_with_the_same_digits_are_different_accounts() {
        assertThat(AccountId.parse("T11223351")).isNotEqualTo(AccountId.parse("P11223351"));
        assertThat(AccountId.parse("T11223351")).isEqualTo(new AccountId("T11223351"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T1122335", "T112233511", "X11223351", "t11223351", "p11223351", "11223351",
            "T1122335a", " T11223351", "T11223351 ", "T-11223351", "T١١٢٢٣٣٥١"})
    void malformed_account_ids_are_refused_with_an_example_of_the_right_shape(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> AccountId.parse(value));

        assertThat(refused.getMessage()).contains("account id", "P or T", "8 digits", "T11223351");
    }

    @Test
    void a_hostile_value_is_echoed_shortened_and_without_control_characters() {
        Echoes.assertEchoedSafely(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> AccountId.parse(Echoes.HOSTILE)).getMessage());
    }

    @Test
    void a_missing_account_id_is_reported_as_required() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> AccountId.parse(null));

        assertThat(refused.getMessage()).contains("account id", "required");
    }

    @Test
    void an_account_name_is_optional_and_bounded() {
        assertThat(new Account(AccountId.parse("T11223351"), "  ", Instant.EPOCH).name()).isNull();
        assertThat(new Account(AccountId.parse("T11223351"), " Kaffe ", Instant.EPOCH).name()).isEqualTo("Kaffe");

        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Account(AccountId.parse("T11223351"), "x".repeat(101), Instant.EPOCH));
        assertThat(refused.getMessage()).contains("account name", "at most 100");
    }
}
