package io.onboard.domain.session;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.RuleViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC 5: order.store id, terminal_id and payout_destination_id are required together. */
class SessionTargetTest {
    private static final String STORE = "order.store.id";
    private static final String TERMINAL = "order.store.terminal_id";
    private static final String SELLER = "order.store.payout_destination_id";

    @Test
    void all_three_fields_given_is_enough() {
        assertThatCode(() -> SessionTarget.requireAllGiven("oslo-sentrum", "T11223351-T0001", "seller-1"))
                .doesNotThrowAnyException();
    }

    static Stream<Arguments> incompleteTargets() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (int mask = 1; mask < 8; mask++) {
            boolean storeMissing = (mask & 1) != 0;
            boolean terminalMissing = (mask & 2) != 0;
            boolean sellerMissing = (mask & 4) != 0;
            List<String> missing = new ArrayList<>();
            if (storeMissing) {
                missing.add(STORE);
            }
            if (terminalMissing) {
                missing.add(TERMINAL);
            }
            if (sellerMissing) {
                missing.add(SELLER);
            }
            // absent fields alternate between null and blank, both count as missing
            cases.add(Arguments.of(storeMissing ? (mask % 2 == 0 ? "" : null) : "oslo-sentrum",
                    terminalMissing ? (mask % 3 == 0 ? " " : null) : "T11223351-T0001",
                    sellerMissing ? (mask % 5 == 0 ? "" : null) : "seller-1", missing));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "store={0} terminal={1} seller={2} -> {3}")
    @MethodSource("incompleteTargets")
    void an_incomplete_target_is_refused_naming_exactly_the_missing_fields(String storeId, String terminalId,
                                                                          String sellerId, List<String> missing) {
        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.STORE_FIELDS_INCOMPLETE,
                () -> SessionTarget.requireAllGiven(storeId, terminalId, sellerId));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactlyElementsOf(missing);
        assertThat(refused.getMessage()).contains("missing: " + String.join(", ", missing));
        assertThat(refused.fieldErrors()).allSatisfy(error -> assertThat(error.message()).contains("required together"));
    }
}
