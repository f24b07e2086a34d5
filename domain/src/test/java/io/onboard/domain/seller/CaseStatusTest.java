package io.onboard.domain.seller;

import static io.onboard.domain.seller.CaseAction.APPROVE;
import static io.onboard.domain.seller.CaseAction.ARCHIVE;
import static io.onboard.domain.seller.CaseAction.DECLINE;
import static io.onboard.domain.seller.CaseAction.REQUEST_DETAILS;
import static io.onboard.domain.seller.CaseAction.SCREENING_FAILED;
import static io.onboard.domain.seller.CaseAction.SCREENING_FLAGGED;
import static io.onboard.domain.seller.CaseAction.SCREENING_PASSED;
import static io.onboard.domain.seller.CaseAction.SIGN;
import static io.onboard.domain.seller.CaseAction.SUBMIT_DECLARATION;
import static io.onboard.domain.seller.CaseAction.SUBMIT_DETAILS;
import static io.onboard.domain.seller.CaseAction.TERMINATE;
import static io.onboard.domain.seller.CaseStatus.ACTIVE;
import static io.onboard.domain.seller.CaseStatus.ARCHIVED;
import static io.onboard.domain.seller.CaseStatus.AUTOMATIC_REVIEW;
import static io.onboard.domain.seller.CaseStatus.DECLINED;
import static io.onboard.domain.seller.CaseStatus.ERROR;
import static io.onboard.domain.seller.CaseStatus.TERMINATED;
import static io.onboard.domain.seller.CaseStatus.UNDER_MANUAL_REVIEW;
import static io.onboard.domain.seller.CaseStatus.WAITING_FOR_DECLARATION;
import static io.onboard.domain.seller.CaseStatus.WAITING_FOR_DETAILS;
import static io.onboard.domain.seller.CaseStatus.WAITING_FOR_SIGNATURE;
import static io.onboard.domain.testdata.Refusals.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Echoes;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The KYC lifecycle of SPEC 2, written out here independently of the implementation's table, and checked
 * against every (status, action) pair.
 */
class CaseStatusTest {
    private static final Map<CaseStatus, Map<CaseAction, CaseStatus>> SPEC_LIFECYCLE = new EnumMap<>(CaseStatus.class);

    private static void legal(CaseStatus from, CaseAction action, CaseStatus to) {
        SPEC_LIFECYCLE.computeIfAbsent(from, status -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    static {
        legal(WAITING_FOR_DECLARATION, SUBMIT_DECLARATION, WAITING_FOR_SIGNATURE);
        legal(WAITING_FOR_SIGNATURE, SIGN, AUTOMATIC_REVIEW);
        legal(AUTOMATIC_REVIEW, SCREENING_PASSED, ACTIVE);
        legal(AUTOMATIC_REVIEW, SCREENING_FLAGGED, UNDER_MANUAL_REVIEW);
        legal(AUTOMATIC_REVIEW, SCREENING_FAILED, ERROR);
        legal(UNDER_MANUAL_REVIEW, APPROVE, ACTIVE);
        legal(ERROR, APPROVE, ACTIVE);
        legal(UNDER_MANUAL_REVIEW, DECLINE, DECLINED);
        legal(ERROR, DECLINE, DECLINED);
        legal(UNDER_MANUAL_REVIEW, REQUEST_DETAILS, WAITING_FOR_DETAILS);
        legal(WAITING_FOR_DETAILS, SUBMIT_DETAILS, UNDER_MANUAL_REVIEW);
        // any state before ACTIVE, and DECLINED, may be archived
        legal(WAITING_FOR_DECLARATION, ARCHIVE, ARCHIVED);
        legal(WAITING_FOR_SIGNATURE, ARCHIVE, ARCHIVED);
        legal(AUTOMATIC_REVIEW, ARCHIVE, ARCHIVED);
        legal(UNDER_MANUAL_REVIEW, ARCHIVE, ARCHIVED);
        legal(WAITING_FOR_DETAILS, ARCHIVE, ARCHIVED);
        legal(ERROR, ARCHIVE, ARCHIVED);
        legal(DECLINED, ARCHIVE, ARCHIVED);
        legal(ACTIVE, TERMINATE, TERMINATED);
    }

    static Stream<Arguments> legalTransitions() {
        return SPEC_LIFECYCLE.entrySet().stream().flatMap(from -> from.getValue().entrySet().stream()
                .map(step -> Arguments.of(from.getKey(), step.getKey(), step.getValue())));
    }

    static Stream<Arguments> illegalTransitions() {
        return Stream.of(CaseStatus.values()).flatMap(status -> Stream.of(CaseAction.values())
                .filter(action -> !SPEC_LIFECYCLE.getOrDefault(status, Map.of()).containsKey(action))
                .map(action -> Arguments.of(status, action)));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalTransitions")
    void the_spec_lifecycle_is_allowed(CaseStatus from, CaseAction action, CaseStatus to) {
        assertThat(from.apply(action)).isEqualTo(to);
        assertThat(from.after(action)).contains(to);
    }

    @ParameterizedTest(name = "{0} --{1}--> refused")
    @MethodSource("illegalTransitions")
    void every_other_transition_is_refused_naming_the_status_and_the_action(CaseStatus from, CaseAction action) {
        assertThat(from.after(action)).isEmpty();

        ConflictException refused = refusal(ConflictException.class, ErrorCode.INVALID_CASE_TRANSITION,
                () -> from.apply(action));

        assertThat(refused.getMessage()).contains(from.name(), action.wireName());
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"ARCHIVED", "TERMINATED"})
    void archived_and_terminated_cases_are_final(CaseStatus status) {
        for (CaseAction action : CaseAction.values()) {
            assertThat(status.after(action)).as("%s after %s", status, action).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void statuses_parse_from_their_names(CaseStatus status) {
        assertThat(CaseStatus.parse(status.name())).isEqualTo(status);
    }

    @Test
    void an_unknown_status_is_refused_naming_it() {
        InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CaseStatus.parse("APPROVED"));
        assertThat(refused.getMessage()).contains("unknown case status", "APPROVED");

        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> CaseStatus.parse("active"));
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> CaseStatus.parse(null));
    }

    @Test
    void a_hostile_status_is_echoed_shortened_and_without_control_characters() {
        Echoes.assertEchoedSafely(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> CaseStatus.parse(Echoes.HOSTILE)).getMessage());
    }
}
