package io.onboard.application.service;

import io.onboard.application.testdata.TestEventPayloads;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.OTHER_ACCOUNT;
import static io.onboard.application.testdata.Seed.OTHER_ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.input.IndividualInput;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.seller.CaseActionCommand;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.out.Screening;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.PayoutDestination;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seller's KYC case through the use cases: screening, review, test-mode shortcuts and the lock. */
class SellerCaseTest extends UseCaseTest {

    @Test
    void a_signed_case_with_incomplete_data_is_flagged_for_manual_review() {
        onboard.applyForPayoutDestination().apply(withoutBankAccount(ACCOUNT, SELLER));
        act(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION);

        assertThat(act(ACCOUNT, SELLER, CaseAction.SIGN).seller().caseStatus()).isEqualTo(CaseStatus.UNDER_MANUAL_REVIEW);
    }

    @Test
    void a_reviewer_can_ask_for_details_which_the_seller_submits_and_then_approve() {
        onboard.applyForPayoutDestination().apply(withoutBankAccount(ACCOUNT, SELLER));
        act(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION);
        act(ACCOUNT, SELLER, CaseAction.SIGN);
        act(ACCOUNT, SELLER, CaseAction.REQUEST_DETAILS);

        PayoutDestinationView resubmitted = onboard.takeCaseAction().act(new CaseActionCommand(ACCOUNT, SELLER,
                CaseAction.SUBMIT_DETAILS, null, null, null, null, null, null, List.of(Requests.bankAccount()), null));
        assertThat(resubmitted.seller().caseStatus()).isEqualTo(CaseStatus.UNDER_MANUAL_REVIEW);
        assertThat(resubmitted.seller().data().bankAccount()).isNotNull();

        PayoutDestinationView approved = onboard.takeCaseAction().act(
                CaseActionCommand.builder().account(ACCOUNT).payoutDestinationId(SELLER).action(CaseAction.APPROVE)
                        .reason("documents checked").build());
        assertThat(approved.seller().caseStatus()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(approved.seller().caseReason()).contains("documents checked");
    }

    @Test
    void a_screener_that_cannot_run_puts_the_case_in_error_for_a_reviewer() {
        Screening broken = seller -> {
            throw new IllegalStateException("sanctions list unreachable");
        };
        onboard = Onboard.builder(storage).clock(clock).eventPayloads(new TestEventPayloads()).screening(broken).build();
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        act(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION);

        assertThat(act(ACCOUNT, SELLER, CaseAction.SIGN).seller().caseStatus()).isEqualTo(CaseStatus.ERROR);
        assertThat(act(ACCOUNT, SELLER, CaseAction.DECLINE).seller().caseStatus()).isEqualTo(CaseStatus.DECLINED);
        assertThat(act(ACCOUNT, SELLER, CaseAction.ARCHIVE).seller().caseStatus()).isEqualTo(CaseStatus.ARCHIVED);
    }

    @Test
    void an_illegal_action_is_refused_naming_the_status_and_the_action() {
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        DomainException refused = refusal(ErrorCode.INVALID_CASE_TRANSITION, () -> act(ACCOUNT, SELLER, CaseAction.APPROVE));

        assertThat(refused.getMessage()).contains("WAITING_FOR_DECLARATION").contains("approve");
    }

    @Test
    void once_active_the_legal_data_is_locked() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        refusal(ErrorCode.CASE_LOCKED, () -> onboard.takeCaseAction().act(new CaseActionCommand(ACCOUNT, SELLER,
                CaseAction.SUBMIT_DETAILS, null, null, null, "+4799999999", null, null, null, null)));
    }

    @Test
    void test_mode_descriptions_jump_the_case_straight_to_their_status() {
        assertThat(apply(ACCOUNT, "a", ORGANIZATION_NUMBER, "AUTO_APPROVE").caseStatus()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(apply(ACCOUNT, "b", OTHER_ORGANIZATION_NUMBER, "AUTO_DECLINE").caseStatus()).isEqualTo(CaseStatus.DECLINED);
        assertThat(apply(OTHER_ACCOUNT, "c", ORGANIZATION_NUMBER, "AUTO_WAITING_FOR_SIGNATURE").caseStatus())
                .isEqualTo(CaseStatus.WAITING_FOR_SIGNATURE);
    }

    @Test
    void in_a_production_account_the_test_mode_words_are_plain_text() {
        AccountId production = AccountId.parse("P11223351");
        account(production);

        assertThat(apply(production, SELLER, ORGANIZATION_NUMBER, "AUTO_APPROVE").caseStatus())
                .isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
    }

    @Test
    void a_second_case_for_the_same_legal_entity_in_an_account_is_refused() {
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        refusal(ErrorCode.DUPLICATE_LEGAL_ENTITY, () -> applicant(ACCOUNT, "seller-2", ORGANIZATION_NUMBER));
        assertThat(applicant(OTHER_ACCOUNT, "seller-2", ORGANIZATION_NUMBER).seller().caseStatus())
                .as("another account runs its own KYC").isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
    }

    @Test
    void a_taken_payout_destination_id_is_refused() {
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        refusal(ErrorCode.DUPLICATE_PAYOUT_DESTINATION, () -> applicant(ACCOUNT, SELLER, OTHER_ORGANIZATION_NUMBER));
    }

    @Test
    void applying_in_an_unknown_account_is_not_found() {
        refusal(ErrorCode.NOT_FOUND, () -> applicant(AccountId.parse("T12121212"), SELLER, ORGANIZATION_NUMBER));
    }

    @Test
    void an_individual_seller_needs_a_name_and_birth_date_and_no_organization_number() {
        ApplyForPayoutDestinationCommand individual = new ApplyForPayoutDestinationCommand(ACCOUNT, "kari", null, null,
                "individual", "NO", null, null, new IndividualInput("Kari Nordmann", "1980-12-31"),
                null, null, null, null, null, null);

        PayoutDestinationView applied = onboard.applyForPayoutDestination().apply(individual);

        assertThat(applied.seller().legalEntity().individual().name()).isEqualTo("Kari Nordmann");
        assertThat(applied.seller().legalEntity().organizationNumber()).isNull();
    }

    @Test
    void an_individual_born_in_the_future_is_refused() {
        ApplyForPayoutDestinationCommand unborn = new ApplyForPayoutDestinationCommand(ACCOUNT, "kari", null, null,
                "individual", "NO", null, null, new IndividualInput("Kari Nordmann", "2030-01-01"),
                null, null, null, null, null, null);

        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.applyForPayoutDestination().apply(unborn));

        assertThat(refused.fieldErrors()).extracting(e -> e.field()).containsExactly("individual.birth_date");
    }

    @Test
    void a_seller_that_becomes_active_fills_the_empty_fields_of_its_stores() {
        onboard.applyForPayoutDestination().apply(withoutBankAccount(ACCOUNT, SELLER));
        act(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION);
        act(ACCOUNT, SELLER, CaseAction.SIGN);
        store(ACCOUNT, "oslo-center", SELLER);
        assertThat(onboard.getStore().get(ACCOUNT, "oslo-center").store().profile().contact().address())
                .as("nothing is filled while the seller is in review").isNull();

        act(ACCOUNT, SELLER, CaseAction.APPROVE);

        var store = onboard.getStore().get(ACCOUNT, "oslo-center");
        assertThat(store.store().profile().contact().address().postalPlace()).isEqualTo("Oslo");
        assertThat(store.store().profile().names().name()).isEqualTo("Oslo Kaffe AS");
        assertThat(store.verified()).isTrue();
    }

    @Test
    void only_the_submit_actions_carry_case_data() {
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.takeCaseAction().act(new CaseActionCommand(ACCOUNT, SELLER,
                CaseAction.ARCHIVE, null, null, null, "+4799999999", null, null, null, null)));
    }

    @Test
    void a_screening_outcome_is_no_action_a_caller_may_take() {
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        act(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION);

        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.takeCaseAction().act(CaseActionCommand
                .builder().account(ACCOUNT).payoutDestinationId(SELLER).action(CaseAction.SCREENING_PASSED).build()));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("action");
        assertThat(onboard.getPayoutDestination().get(ACCOUNT, SELLER).caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_SIGNATURE);
    }

    @Test
    void only_a_reviewer_s_decision_takes_a_reason() {
        applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.takeCaseAction().act(CaseActionCommand
                .builder().account(ACCOUNT).payoutDestinationId(SELLER).action(CaseAction.SUBMIT_DECLARATION)
                .reason("because").build()));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("reason");
    }

    @Test
    void an_unknown_seller_is_not_found() {
        refusal(ErrorCode.NOT_FOUND, () -> act(ACCOUNT, "nobody", CaseAction.SIGN));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getPayoutDestination().get(ACCOUNT, "../../etc"));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getPayoutDestination().get(OTHER_ACCOUNT, SELLER));
    }

    private PayoutDestination apply(AccountId account, String id, String number, String description) {
        return onboard.applyForPayoutDestination().apply(Requests.company(account, id, number, description)).seller();
    }

    private static ApplyForPayoutDestinationCommand withoutBankAccount(AccountId account, String id) {
        ApplyForPayoutDestinationCommand c = Requests.company(account, id, ORGANIZATION_NUMBER, null);
        return new ApplyForPayoutDestinationCommand(c.accountId(), c.payoutDestinationId(), c.payoutDestinationName(),
                c.payoutDestinationDescription(), c.type(), c.countryCode(), c.organizationNumber(), c.organization(),
                c.individual(), c.address(), c.phoneNumber(), c.email(), c.website(), null, c.payoutIntervalType());
    }
}
