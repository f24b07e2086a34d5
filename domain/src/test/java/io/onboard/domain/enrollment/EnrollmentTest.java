package io.onboard.domain.enrollment;

import static io.onboard.domain.enrollment.EnrollmentCheck.ORGANIZATION_MATCHES;
import static io.onboard.domain.enrollment.EnrollmentCheck.PAYOUT_DESTINATION_ACTIVE;
import static io.onboard.domain.enrollment.EnrollmentCheck.STORE_ACTIVE;
import static io.onboard.domain.enrollment.EnrollmentCheck.STORE_LINKED;
import static io.onboard.domain.enrollment.EnrollmentCheck.TERMINAL_ACTIVE;
import static io.onboard.domain.enrollment.EnrollmentCheck.TERMINAL_EXISTS;
import static io.onboard.domain.testdata.Times.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalStatus;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import io.onboard.domain.testdata.Terminals;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** SPEC 5: the six checks of the chain terminal, store, seller, always all evaluated and reported in order. */
class EnrollmentTest {
    private static final String TID = "T11223351-T0001";
    private static final List<EnrollmentCheck> SPEC_ORDER = List.of(TERMINAL_EXISTS, TERMINAL_ACTIVE, STORE_ACTIVE,
            STORE_LINKED, PAYOUT_DESTINATION_ACTIVE, ORGANIZATION_MATCHES);

    private final PayoutDestination seller = Sellers.activeCompany(Accounts.TEST, "seller-1");
    private final Store store = Stores.aStore(seller, 1, "oslo-sentrum");
    private final Terminal terminal = Terminals.active(store, 1);

    private static Readiness evaluate(Terminal terminal, Store store, PayoutDestination seller) {
        return Enrollment.evaluate(TID, Optional.ofNullable(terminal), Optional.ofNullable(store),
                Optional.ofNullable(seller));
    }

    private static List<EnrollmentCheck> failed(Readiness readiness) {
        return readiness.failures().stream().map(CheckResult::check).toList();
    }

    private static CheckResult result(Readiness readiness, EnrollmentCheck check) {
        return readiness.checks().stream().filter(r -> r.check() == check).findFirst().orElseThrow();
    }

    @Test
    void each_check_fails_with_the_code_the_spec_gives_it() {
        assertThat(TERMINAL_EXISTS.failureCode()).isEqualTo(ErrorCode.TERMINAL_NOT_FOUND);
        assertThat(TERMINAL_ACTIVE.failureCode()).isEqualTo(ErrorCode.TERMINAL_NOT_ACTIVE);
        assertThat(STORE_ACTIVE.failureCode()).isEqualTo(ErrorCode.STORE_NOT_ACTIVE);
        assertThat(STORE_LINKED.failureCode()).isEqualTo(ErrorCode.STORE_NOT_LINKED);
        assertThat(PAYOUT_DESTINATION_ACTIVE.failureCode()).isEqualTo(ErrorCode.PAYOUT_DESTINATION_NOT_ACTIVE);
        assertThat(ORGANIZATION_MATCHES.failureCode()).isEqualTo(ErrorCode.ORGANIZATION_MISMATCH);
        assertThat(TERMINAL_ACTIVE.wireName()).isEqualTo("terminal_active");
    }

    @Test
    void a_terminal_whose_whole_chain_is_in_place_is_enrolled() {
        Readiness readiness = evaluate(terminal, store, seller);

        assertThat(readiness.enrolled()).isTrue();
        assertThat(readiness.terminalId()).isEqualTo(TID);
        assertThat(readiness.checks()).extracting(CheckResult::check).containsExactlyElementsOf(SPEC_ORDER);
        assertThat(readiness.checks()).allSatisfy(check -> {
            assertThat(check.ok()).isTrue();
            assertThat(check.detail()).isNotBlank();
        });
        assertThat(readiness.failures()).isEmpty();
    }

    @Test
    void a_missing_terminal_fails_the_existence_check_and_leaves_nothing_else_to_pass() {
        Readiness readiness = evaluate(null, store, seller);

        assertThat(readiness.enrolled()).isFalse();
        assertThat(result(readiness, TERMINAL_EXISTS).detail()).contains(TID, "does not exist");
        assertThat(failed(readiness)).containsExactlyElementsOf(SPEC_ORDER);
    }

    @Test
    void a_deleted_terminal_counts_as_missing() {
        Readiness readiness = evaluate(terminal.remove(T0), store, seller);

        assertThat(result(readiness, TERMINAL_EXISTS).ok()).isFalse();
        assertThat(result(readiness, TERMINAL_EXISTS).detail()).contains("deleted");
        assertThat(failed(readiness)).containsExactlyElementsOf(SPEC_ORDER);
    }

    @ParameterizedTest
    @EnumSource(value = TerminalStatus.class, names = {"PENDING", "ERROR", "ACTION_REQUIRED", "INACTIVE"})
    void a_terminal_that_is_not_active_fails_that_check_alone(TerminalStatus status) {
        Readiness readiness = evaluate(Terminals.restored(store, 1, status, null, T0), store, seller);

        assertThat(failed(readiness)).containsExactly(TERMINAL_ACTIVE);
        assertThat(result(readiness, TERMINAL_ACTIVE).detail()).contains(status.name());
    }

    @Test
    void the_reason_of_a_failing_terminal_is_shown() {
        Terminal failedSync = Terminals.registered(store, 1).provisioned(ProvisioningResult.FAILED, T0);

        assertThat(result(evaluate(failedSync, store, seller), TERMINAL_ACTIVE).detail()).contains("ERROR", "SYNC_ERROR");
    }

    @Test
    void an_inactive_store_fails_that_check_alone() {
        Readiness readiness = evaluate(terminal, store.changeStatus(StoreStatus.INACTIVE, T0), seller);

        assertThat(failed(readiness)).containsExactly(STORE_ACTIVE);
        assertThat(result(readiness, STORE_ACTIVE).detail()).contains("oslo-sentrum", "INACTIVE");
    }

    @Test
    void a_store_whose_seller_is_missing_is_not_linked_and_has_no_seller_to_check() {
        Readiness readiness = evaluate(terminal, store, null);

        assertThat(failed(readiness)).containsExactly(STORE_LINKED, PAYOUT_DESTINATION_ACTIVE, ORGANIZATION_MATCHES);
        assertThat(result(readiness, STORE_LINKED).detail()).contains("seller-1", "does not exist");
    }

    @Test
    void a_seller_other_than_the_stores_does_not_count_as_its_link() {
        Readiness readiness = evaluate(terminal, store, Sellers.activeCompany(Accounts.TEST, "seller-2"));

        assertThat(failed(readiness)).contains(STORE_LINKED);
        assertThat(failed(readiness)).doesNotContain(TERMINAL_EXISTS, TERMINAL_ACTIVE, STORE_ACTIVE);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void a_seller_whose_case_is_not_active_fails_that_check_alone(CaseStatus status) {
        Readiness readiness = evaluate(terminal, store, Sellers.companyIn(Accounts.TEST, "seller-1", status));

        assertThat(failed(readiness)).containsExactly(PAYOUT_DESTINATION_ACTIVE);
        assertThat(result(readiness, PAYOUT_DESTINATION_ACTIVE).detail()).contains(status.name());
    }

    @Test
    void a_store_whose_organization_number_differs_from_its_sellers_fails_that_check_alone() {
        Store mismatched = Stores.restored(Accounts.TEST, 1, "oslo-sentrum", Sellers.OTHER_ORG_NUMBER, seller.id(),
                StoreStatus.ACTIVE);

        Readiness readiness = evaluate(terminal, mismatched, seller);

        assertThat(failed(readiness)).containsExactly(ORGANIZATION_MATCHES);
        assertThat(result(readiness, ORGANIZATION_MATCHES).detail()).contains("984712650", "923663487");
    }

    @Test
    void a_store_of_an_individual_seller_matches_without_organization_numbers() {
        PayoutDestination kari = Sellers.activeIndividual(Accounts.TEST, "kari");
        Store kiosk = Stores.aStore(kari, 2, "kiosk");

        assertThat(evaluate(Terminals.active(kiosk, 2), kiosk, kari).enrolled()).isTrue();
    }

    @Test
    void several_failures_are_reported_at_once_in_the_spec_order() {
        Terminal pending = Terminals.registered(store, 1);
        Store inactiveMismatched = Stores.restored(Accounts.TEST, 1, "oslo-sentrum", Sellers.OTHER_ORG_NUMBER, seller.id(),
                StoreStatus.INACTIVE);
        PayoutDestination underReview = Sellers.companyIn(Accounts.TEST, "seller-1", CaseStatus.UNDER_MANUAL_REVIEW);

        Readiness readiness = evaluate(pending, inactiveMismatched, underReview);

        assertThat(readiness.checks()).extracting(CheckResult::check).containsExactlyElementsOf(SPEC_ORDER);
        assertThat(readiness.checks()).extracting(CheckResult::ok).containsExactly(true, false, false, true, false, false);
        assertThat(failed(readiness)).containsExactly(TERMINAL_ACTIVE, STORE_ACTIVE, PAYOUT_DESTINATION_ACTIVE,
                ORGANIZATION_MATCHES);
    }

    static Stream<Arguments> chains() {
        PayoutDestination seller = Sellers.activeCompany(Accounts.TEST, "seller-1");
        Store store = Stores.aStore(seller, 1);
        Terminal terminal = Terminals.active(store, 1);
        return Stream.of(
                Arguments.of(terminal, store, seller),
                Arguments.of(null, null, null),
                Arguments.of(terminal, null, null),
                Arguments.of(terminal, store, null),
                Arguments.of(null, store, seller),
                Arguments.of(Terminals.registered(store, 1), Stores.inStatus(store, StoreStatus.DELETED),
                        Sellers.companyIn(Accounts.TEST, "seller-1", CaseStatus.DECLINED)));
    }

    @ParameterizedTest
    @MethodSource("chains")
    void all_six_checks_are_always_reported_in_order_each_with_a_detail(Terminal terminal, Store store,
                                                                        PayoutDestination seller) {
        Readiness readiness = evaluate(terminal, store, seller);

        assertThat(readiness.checks()).extracting(CheckResult::check).containsExactlyElementsOf(SPEC_ORDER);
        assertThat(readiness.checks()).allSatisfy(check -> assertThat(check.detail()).isNotBlank());
        assertThat(readiness.enrolled()).isEqualTo(readiness.failures().isEmpty());
    }
}
