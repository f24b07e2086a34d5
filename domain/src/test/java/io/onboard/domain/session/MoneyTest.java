package io.onboard.domain.session;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {
    private static final CurrencyCode NOK = CurrencyCode.of("NOK");

    @ParameterizedTest
    @ValueSource(longs = {1, 12900, 99_999_999_999L})
    void positive_amounts_up_to_the_ceiling_are_accepted(long amount) {
        assertThat(new Money(amount, NOK).amount()).isEqualTo(amount);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void zero_and_negative_amounts_are_refused(long amount) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Money(amount, NOK));

        assertThat(refused.getMessage()).contains("amount", "positive", "minor units");
    }

    @ParameterizedTest
    @ValueSource(longs = {100_000_000_000L, Long.MAX_VALUE})
    void amounts_above_the_ceiling_are_refused_naming_it(long amount) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new Money(amount, NOK));

        assertThat(refused.getMessage()).contains("at most", Long.toString(Money.MAX_AMOUNT));
    }

    @Test
    void money_keeps_its_currency() {
        assertThat(new Money(12900, NOK).currency()).isEqualTo(NOK);
    }
}
