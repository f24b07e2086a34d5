package io.onboard.domain.session;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Accounts;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdTest {

    @Test
    void a_generated_id_names_its_account_and_32_hex_digits() {
        SessionId id = SessionId.generate(Accounts.TEST, UUID.fromString("8f1c2b7e-1234-4abc-9def-0123456789ab"));

        assertThat(id.value()).isEqualTo("T11223351.8f1c2b7e12344abc9def0123456789ab");
        assertThat(id.accountId()).isEqualTo(Accounts.TEST);
        assertThat(new SessionId(id.value())).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "T11223351", "T11223351.8f1c2b7e12344abc9def0123456789a", "T11223351-8f1c2b7e12344abc9def0123456789ab",
            "T11223351.8F1C2B7E12344ABC9DEF0123456789AB", "X11223351.8f1c2b7e12344abc9def0123456789ab",
            "8f1c2b7e-1234-4abc-9def-0123456789ab"})
    void other_shapes_are_refused_with_the_expected_form(String value) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new SessionId(value));

        assertThat(refused.getMessage()).contains("session id", "T11223351.<32 hex digits>");
    }
}
