package io.onboard.domain.seller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the KYC case's state machine: over every pair of status and action, and over thousands of
 * random runs of actions from a new case (seeded, so a failure names the run that shows it).
 */
class CaseLifecycleProperties {
    private static final int RUNS = 2_000;

    static Stream<Object[]> everyStatusAndAction() {
        return Stream.of(CaseStatus.values())
                .flatMap(status -> Stream.of(CaseAction.values()).map(action -> new Object[] {status, action}));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStatusAndAction")
    void an_action_either_leads_where_the_table_says_or_is_refused_as_an_invalid_transition(
            CaseStatus status, CaseAction action) {
        if (status.after(action).isPresent()) {
            assertThat(status.apply(action)).isEqualTo(status.after(action).get());
        } else {
            assertThatThrownBy(() -> status.apply(action)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CASE_TRANSITION));
        }
    }

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void archived_and_terminated_cases_take_no_action(CaseAction action) {
        assertThat(CaseStatus.ARCHIVED.after(action)).isEmpty();
        assertThat(CaseStatus.TERMINATED.after(action)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseAction.class)
    void a_client_can_take_every_action_but_a_screening_outcome(CaseAction action) {
        if (action.name().startsWith("SCREENING_")) {
            assertThatThrownBy(() -> CaseAction.parseClientAction(action.wireName()))
                    .isInstanceOf(InvalidValueException.class);
        } else {
            assertThat(CaseAction.parseClientAction(action.wireName())).isEqualTo(action);
        }
    }

    @Test
    void in_any_run_of_actions_a_case_becomes_active_only_by_passing_screening_or_by_approval() {
        forEveryStep((run, before, action, after) -> {
            if (after == CaseStatus.ACTIVE && before != CaseStatus.ACTIVE) {
                assertThat(action).as("run %d", run).isIn(CaseAction.SCREENING_PASSED, CaseAction.APPROVE);
            }
        });
    }

    @Test
    void in_any_run_of_actions_a_terminated_case_was_active_just_before() {
        forEveryStep((run, before, action, after) -> {
            if (after == CaseStatus.TERMINATED && before != CaseStatus.TERMINATED) {
                assertThat(before).as("run %d", run).isEqualTo(CaseStatus.ACTIVE);
            }
        });
    }

    /** One step of a run: the status before, the action tried, and the status after (unchanged when refused). */
    private interface Step {
        void check(long run, CaseStatus before, CaseAction action, CaseStatus after);
    }

    private static void forEveryStep(Step step) {
        for (long run = 0; run < RUNS; run++) {
            CaseStatus status = CaseStatus.WAITING_FOR_DECLARATION;
            for (CaseAction action : randomActions(run)) {
                CaseStatus next = status.after(action).orElse(status);
                step.check(run, status, action, next);
                status = next;
            }
        }
    }

    private static List<CaseAction> randomActions(long seed) {
        Random random = new Random(seed);
        CaseAction[] all = CaseAction.values();
        List<CaseAction> actions = new ArrayList<>();
        for (int i = random.nextInt(40); i > 0; i--) {
            actions.add(all[random.nextInt(all.length)]);
        }
        return actions;
    }
}
