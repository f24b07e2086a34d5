package io.onboard.domain.seller;

import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Echoes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseActionTest {

    @ParameterizedTest
    @CsvSource({"submit_declaration, SUBMIT_DECLARATION, false", "sign, SIGN, false", "submit_details, SUBMIT_DETAILS, false",
            "archive, ARCHIVE, false", "approve, APPROVE, true", "decline, DECLINE, true",
            "request_details, REQUEST_DETAILS, true", "terminate, TERMINATE, true"})
    void client_actions_parse_from_their_path_names_and_know_whether_they_are_reviews(String wireName, CaseAction action,
                                                                                       boolean review) {
        assertThat(CaseAction.parseClientAction(wireName)).isEqualTo(action);
        assertThat(action.wireName()).isEqualTo(wireName);
        assertThat(action.isReview()).isEqualTo(review);
    }

    @ParameterizedTest
    @ValueSource(strings = {"screening_passed", "screening_flagged", "screening_failed"})
    void screening_events_cannot_be_asked_for_by_a_client(String wireName) {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CaseAction.parseClientAction(wireName));

        assertThat(refused.getMessage()).contains("unknown case action", wireName);
    }

    @Test
    void an_unknown_action_is_refused_listing_the_known_ones() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CaseAction.parseClientAction("APPROVE"));

        assertThat(refused.getMessage()).contains("submit_declaration", "sign", "submit_details", "archive", "approve",
                "decline", "request_details", "terminate");
    }

    @Test
    void a_hostile_action_is_echoed_shortened_and_without_control_characters() {
        Echoes.assertEchoedSafely(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CaseAction.parseClientAction(Echoes.HOSTILE)).getMessage());
    }

    @Test
    void payout_intervals_and_legal_entity_types_parse_from_their_wire_names() {
        assertThat(PayoutInterval.parse("week")).isEqualTo(PayoutInterval.WEEK);
        assertThat(PayoutInterval.MANUAL.wireName()).isEqualTo("manual");
        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> PayoutInterval.parse("WEEK"))
                .getMessage()).contains("day, week, month, manual");

        assertThat(LegalEntityType.parse("individual")).isEqualTo(LegalEntityType.INDIVIDUAL);
        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> LegalEntityType.parse("Company"))
                .getMessage()).contains("company or individual");
    }
}
