package io.onboard.domain.seller;

import static io.onboard.domain.testdata.Refusals.refusal;
import static io.onboard.domain.testdata.Times.T0;
import static io.onboard.domain.testdata.Times.minutesLater;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Contacts;
import io.onboard.domain.testdata.Sellers;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PayoutDestinationTest {
    private static final Instant LATER = minutesLater(5);
    private static final Instant EVEN_LATER = minutesLater(60);

    private static PayoutDestination applyWithDescription(AccountId aid, String description) {
        return PayoutDestination.apply(aid, Sellers.id("seller-1"), "Fjord Kaffe", description, Sellers.company(),
                Sellers.completeData(), T0);
    }

    @Nested
    class Applying {
        @Test
        void a_new_case_waits_for_the_declaration() {
            PayoutDestination seller = Sellers.appliedCompany(Accounts.TEST, "seller-1");

            assertThat(seller.caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
            assertThat(seller.isActive()).isFalse();
            assertThat(seller.isLocked()).isFalse();
            assertThat(seller.validatedData()).isEmpty();
            assertThat(seller.caseReason()).isEmpty();
            assertThat(seller.createdAt()).isEqualTo(T0);
            assertThat(seller.updatedAt()).isEqualTo(T0);
            assertThat(seller.version()).isZero();
            assertThat(seller.accountId()).isEqualTo(Accounts.TEST);
            assertThat(seller.id()).isEqualTo(Sellers.id("seller-1"));
            assertThat(seller.data()).isEqualTo(Sellers.completeData());
        }

        @ParameterizedTest
        @CsvSource({"AUTO_APPROVE, ACTIVE", "AUTO_DECLINE, DECLINED", "AUTO_WAITING_FOR_SIGNATURE, WAITING_FOR_SIGNATURE"})
        void a_test_account_can_skip_kyc_with_a_shortcut_description(String description, CaseStatus expected) {
            PayoutDestination seller = applyWithDescription(Accounts.TEST, description);

            assertThat(seller.caseStatus()).isEqualTo(expected);
            assertThat(seller.description()).contains(description);
        }

        @Test
        void auto_approve_captures_the_validated_data_at_once() {
            PayoutDestination seller = applyWithDescription(Accounts.TEST, "AUTO_APPROVE");

            assertThat(seller.validatedData()).contains(
                    new ValidatedOrganizationData(Sellers.organization(), Contacts.sellerContact(), T0));
            assertThat(seller.isLocked()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"AUTO_APPROVE", "AUTO_DECLINE", "AUTO_WAITING_FOR_SIGNATURE"})
        void in_a_production_account_the_shortcut_words_are_plain_text(String description) {
            PayoutDestination seller = applyWithDescription(Accounts.PRODUCTION, description);

            assertThat(seller.caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
            assertThat(seller.validatedData()).isEmpty();
            assertThat(seller.description()).contains(description);
        }

        @ParameterizedTest
        @ValueSource(strings = {"auto_approve", "AUTO_APPROVE please", "Please AUTO_APPROVE", "AUTO_APPROVED"})
        void only_the_exact_shortcut_word_counts(String description) {
            assertThat(applyWithDescription(Accounts.TEST, description).caseStatus())
                    .isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
        }

        @Test
        void the_name_is_at_most_60_characters() {
            InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                    () -> PayoutDestination.apply(Accounts.TEST, Sellers.id("s"), "x".repeat(61), null, Sellers.company(),
                            Sellers.completeData(), T0));

            assertThat(refused.getMessage()).contains("payout destination name", "at most 60");
        }

        @Test
        void the_description_is_at_most_1000_characters_and_may_span_lines() {
            assertThat(applyWithDescription(Accounts.TEST, "line one\nline two").description()).contains("line one\nline two");

            InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                    () -> applyWithDescription(Accounts.TEST, "x".repeat(1001)));
            assertThat(refused.getMessage()).contains("payout destination description", "at most 1000");
        }

        @Test
        void restoring_does_not_rerun_the_shortcuts() {
            PayoutDestination restored = PayoutDestination.restore(Accounts.TEST, Sellers.id("seller-1"), null,
                    "AUTO_APPROVE", Sellers.company(), Sellers.completeData(), CaseStatus.UNDER_MANUAL_REVIEW, "flagged",
                    null, T0, LATER, 7);

            assertThat(restored.caseStatus()).isEqualTo(CaseStatus.UNDER_MANUAL_REVIEW);
            assertThat(restored.caseReason()).contains("flagged");
            assertThat(restored.version()).isEqualTo(7);
            assertThat(restored.updatedAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void declaration_signature_and_passed_screening_make_the_case_active() {
            PayoutDestination declared = Sellers.appliedCompany(Accounts.TEST, "seller-1").submitDeclaration(null, LATER);
            assertThat(declared.caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_SIGNATURE);

            PayoutDestination signed = declared.sign(LATER);
            assertThat(signed.caseStatus()).isEqualTo(CaseStatus.AUTOMATIC_REVIEW);
            assertThat(signed.awaitsScreening()).isTrue();

            PayoutDestination active = signed.screened(ScreeningOutcome.PASSED, EVEN_LATER);
            assertThat(active.caseStatus()).isEqualTo(CaseStatus.ACTIVE);
            assertThat(active.isActive()).isTrue();
            assertThat(active.awaitsScreening()).isFalse();
        }

        @Test
        void flagged_screening_sends_the_case_to_manual_review() {
            assertThat(Sellers.companyInAutomaticReview(Accounts.TEST, "s").screened(ScreeningOutcome.FLAGGED, LATER)
                    .caseStatus()).isEqualTo(CaseStatus.UNDER_MANUAL_REVIEW);
        }

        @Test
        void screening_that_could_not_run_puts_the_case_in_error() {
            assertThat(Sellers.companyInAutomaticReview(Accounts.TEST, "s").screened(ScreeningOutcome.FAILED_TO_RUN, LATER)
                    .caseStatus()).isEqualTo(CaseStatus.ERROR);
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = "AUTOMATIC_REVIEW", mode = EnumSource.Mode.EXCLUDE)
        void only_a_case_in_automatic_review_can_be_screened(CaseStatus status) {
            PayoutDestination seller = Sellers.companyIn(Accounts.TEST, "s", status);

            for (ScreeningOutcome outcome : ScreeningOutcome.values()) {
                ConflictException refused = refusal(ConflictException.class, ErrorCode.INVALID_CASE_TRANSITION,
                        () -> seller.screened(outcome, LATER));
                assertThat(refused.getMessage()).contains(status.name());
            }
        }

        @Test
        void a_reviewer_approves_a_case_under_manual_review_with_a_reason() {
            PayoutDestination approved = Sellers.companyUnderManualReview(Accounts.TEST, "s").approve("documents checked", LATER);

            assertThat(approved.caseStatus()).isEqualTo(CaseStatus.ACTIVE);
            assertThat(approved.caseReason()).contains("documents checked");
            assertThat(approved.validatedData()).isPresent();
        }

        @Test
        void a_reviewer_approves_a_case_in_error() {
            PayoutDestination inError = Sellers.companyInAutomaticReview(Accounts.TEST, "s")
                    .screened(ScreeningOutcome.FAILED_TO_RUN, LATER);

            assertThat(inError.approve(null, EVEN_LATER).caseStatus()).isEqualTo(CaseStatus.ACTIVE);
        }

        @Test
        void a_reviewer_declines_with_a_reason_and_a_declined_case_can_be_archived() {
            PayoutDestination declined = Sellers.companyUnderManualReview(Accounts.TEST, "s").decline("sanctions hit", LATER);

            assertThat(declined.caseStatus()).isEqualTo(CaseStatus.DECLINED);
            assertThat(declined.caseReason()).contains("sanctions hit");
            assertThat(declined.validatedData()).isEmpty();
            assertThat(declined.archive(EVEN_LATER).caseStatus()).isEqualTo(CaseStatus.ARCHIVED);
        }

        @Test
        void requested_details_bring_the_case_back_to_manual_review_when_submitted() {
            PayoutDestination waiting = Sellers.companyUnderManualReview(Accounts.TEST, "s")
                    .requestDetails("need a bank statement", LATER);
            assertThat(waiting.caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_DETAILS);
            assertThat(waiting.caseReason()).contains("need a bank statement");

            PayoutDestination resubmitted = waiting.submitDetails(null, EVEN_LATER);
            assertThat(resubmitted.caseStatus()).isEqualTo(CaseStatus.UNDER_MANUAL_REVIEW);
        }

        @Test
        void an_active_case_can_be_terminated_and_keeps_its_validated_data() {
            PayoutDestination active = Sellers.activeCompany(Accounts.TEST, "s");

            PayoutDestination terminated = active.terminate("merchant closed", LATER);

            assertThat(terminated.caseStatus()).isEqualTo(CaseStatus.TERMINATED);
            assertThat(terminated.isActive()).isFalse();
            assertThat(terminated.validatedData()).isEqualTo(active.validatedData());
        }

        @Test
        void an_illegal_step_is_refused_and_the_seller_is_unchanged() {
            PayoutDestination applied = Sellers.appliedCompany(Accounts.TEST, "s");

            ConflictException refused = refusal(ConflictException.class, ErrorCode.INVALID_CASE_TRANSITION,
                    () -> applied.approve("too early", LATER));

            assertThat(refused.getMessage()).contains("WAITING_FOR_DECLARATION", "approve");
            assertThat(applied.caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
            assertThat(applied.caseReason()).isEmpty();
        }

        @Test
        void a_new_decision_without_a_reason_clears_the_previous_reason() {
            PayoutDestination waiting = Sellers.companyUnderManualReview(Accounts.TEST, "s").requestDetails("why", LATER);

            assertThat(waiting.submitDetails(null, EVEN_LATER).caseReason()).isEmpty();
        }

        @Test
        void transitions_move_updated_at_but_keep_created_at_and_the_version() {
            PayoutDestination stored = Sellers.appliedCompany(Accounts.TEST, "s").storedAt(3);

            PayoutDestination declared = stored.submitDeclaration(null, LATER);

            assertThat(declared.createdAt()).isEqualTo(T0);
            assertThat(declared.updatedAt()).isEqualTo(LATER);
            assertThat(declared.version()).isEqualTo(3);
        }

        @Test
        void stored_at_sets_the_version_and_nothing_else() {
            PayoutDestination active = Sellers.activeCompany(Accounts.TEST, "s");

            PayoutDestination stored = active.storedAt(4);

            assertThat(stored.version()).isEqualTo(4);
            assertThat(active.version()).isZero();
            assertThat(stored.caseStatus()).isEqualTo(active.caseStatus());
            assertThat(stored.data()).isEqualTo(active.data());
            assertThat(stored.validatedData()).isEqualTo(active.validatedData());
            assertThat(stored.updatedAt()).isEqualTo(active.updatedAt());
            assertThat(stored.legalEntity()).isEqualTo(active.legalEntity());
        }
    }

    @Nested
    class LegalData {
        private final ContactDetails newPhoneOnly = new ContactDetails(null, new PhoneNumber("+4791234567"), null, null);

        @Test
        void the_declaration_merges_contact_details_part_by_part() {
            PayoutDestination declared = Sellers.appliedCompany(Accounts.TEST, "s")
                    .submitDeclaration(Sellers.contactUpdate(newPhoneOnly), LATER);

            ContactDetails before = Contacts.sellerContact();
            assertThat(declared.data().contact()).isEqualTo(new ContactDetails(before.address(),
                    new PhoneNumber("+4791234567"), before.email(), before.website()));
            assertThat(declared.data().organization()).isEqualTo(Sellers.organization());
            assertThat(declared.data().bankAccount()).isEqualTo(Sellers.BANK_ACCOUNT);
        }

        @Test
        void the_declaration_can_correct_names_bank_account_and_payout_interval() {
            BankAccount iban = new BankAccount("NO9386011117947", BankAccountType.IBAN, CurrencyCode.of("NOK"),
                    CountryCode.of("NO"), null);

            PayoutDestination declared = Sellers.appliedCompany(Accounts.TEST, "s").submitDeclaration(
                    new CaseData(new Organization("Fjord Kaffe Oslo AS", null), null, iban, PayoutInterval.WEEK), LATER);

            assertThat(declared.data().organization()).isEqualTo(new Organization("Fjord Kaffe Oslo AS", "Fjord Kaffe"));
            assertThat(declared.data().bankAccount()).isEqualTo(iban);
            assertThat(declared.data().payoutInterval()).isEqualTo(PayoutInterval.WEEK);
            assertThat(declared.data().contact()).isEqualTo(Contacts.sellerContact());
        }

        @Test
        void submitted_details_are_merged_into_the_case() {
            PayoutDestination waiting = Sellers.companyUnderManualReview(Accounts.TEST, "s").requestDetails(null, LATER);

            PayoutDestination resubmitted = waiting.submitDetails(Sellers.contactUpdate(newPhoneOnly), EVEN_LATER);

            assertThat(resubmitted.data().contact().phoneNumber()).isEqualTo(new PhoneNumber("+4791234567"));
            assertThat(resubmitted.data().contact().email()).isEqualTo(Contacts.sellerContact().email());
        }

        @Test
        void empty_data_with_a_declaration_changes_nothing() {
            PayoutDestination declared = Sellers.appliedCompany(Accounts.TEST, "s").submitDeclaration(CaseData.NONE, LATER);

            assertThat(declared.data()).isEqualTo(Sellers.completeData());
        }

        @Test
        void validated_data_is_the_data_as_it_stood_when_screening_passed() {
            PayoutDestination active = Sellers.appliedCompany(Accounts.TEST, "s")
                    .submitDeclaration(Sellers.contactUpdate(newPhoneOnly), LATER).sign(LATER)
                    .screened(ScreeningOutcome.PASSED, EVEN_LATER);

            ValidatedOrganizationData validated = active.validatedData().orElseThrow();
            assertThat(validated.organization()).isEqualTo(Sellers.organization());
            assertThat(validated.contact()).isEqualTo(active.data().contact());
            assertThat(validated.contact().phoneNumber()).isEqualTo(new PhoneNumber("+4791234567"));
            assertThat(validated.validatedAt()).isEqualTo(EVEN_LATER);
        }

        @Test
        void validated_data_is_the_data_as_it_stood_when_the_reviewer_approved() {
            PayoutDestination approved = Sellers.companyUnderManualReview(Accounts.TEST, "s").requestDetails(null, LATER)
                    .submitDetails(new CaseData(null, new ContactDetails(null, null, new Email("kyc@fjordkaffe.no"), null),
                            null, null), LATER)
                    .approve(null, EVEN_LATER);

            ValidatedOrganizationData validated = approved.validatedData().orElseThrow();
            assertThat(validated.contact().email()).isEqualTo(new Email("kyc@fjordkaffe.no"));
            assertThat(validated.validatedAt()).isEqualTo(EVEN_LATER);
        }

        @Test
        void an_active_case_refuses_new_legal_data_as_locked() {
            PayoutDestination active = Sellers.activeCompany(Accounts.TEST, "s");

            ConflictException refused = refusal(ConflictException.class, ErrorCode.CASE_LOCKED,
                    () -> active.submitDetails(Sellers.contactUpdate(newPhoneOnly), LATER));
            assertThat(refused.getMessage()).contains("s", "can no longer change");

            refusal(ConflictException.class, ErrorCode.CASE_LOCKED,
                    () -> active.submitDeclaration(Sellers.contactUpdate(newPhoneOnly), LATER));
            assertThat(active.data()).isEqualTo(Sellers.completeData());
        }

        @Test
        void a_terminated_case_stays_locked() {
            PayoutDestination terminated = Sellers.activeCompany(Accounts.TEST, "s").terminate(null, LATER);

            refusal(ConflictException.class, ErrorCode.CASE_LOCKED,
                    () -> terminated.submitDetails(Sellers.contactUpdate(newPhoneOnly), EVEN_LATER));
        }

        @Test
        void an_active_case_asked_for_a_step_without_data_reports_the_invalid_transition() {
            PayoutDestination active = Sellers.activeCompany(Accounts.TEST, "s");

            refusal(ConflictException.class, ErrorCode.INVALID_CASE_TRANSITION, () -> active.submitDetails(null, LATER));
        }

        @Test
        void becoming_active_again_never_recaptures_validated_data() {
            ValidatedOrganizationData earlier = new ValidatedOrganizationData(new Organization("Old AS", null),
                    ContactDetails.NONE, T0);
            PayoutDestination underReview = PayoutDestination.restore(Accounts.TEST, Sellers.id("s"), null, null,
                    Sellers.company(), Sellers.completeData(), CaseStatus.UNDER_MANUAL_REVIEW, null, earlier, T0, T0, 1);

            assertThat(underReview.approve(null, LATER).validatedData()).contains(earlier);
        }

        @Test
        void a_seller_that_gave_no_organization_names_can_still_become_active() {
            PayoutDestination individual = PayoutDestination.apply(Accounts.TEST, Sellers.id("kari"), "Kari", null,
                    Sellers.individualPerson(), new CaseData(null, Contacts.sellerContact(), Sellers.BANK_ACCOUNT,
                            PayoutInterval.DAY), T0);

            PayoutDestination active = individual.submitDeclaration(null, T0).sign(T0)
                    .screened(ScreeningOutcome.PASSED, LATER);

            assertThat(active.caseStatus()).isEqualTo(CaseStatus.ACTIVE);
            assertThat(active.validatedData().orElseThrow().contact()).isEqualTo(Contacts.sellerContact());
        }
    }
}
