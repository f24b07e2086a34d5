package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.OTHER_ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.SELLER;
import static io.onboard.application.testdata.Seed.SERIAL;
import static io.onboard.application.testdata.Seed.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.session.CheckSessionCommand;
import io.onboard.application.port.in.session.SessionCheck;
import io.onboard.domain.enrollment.CheckResult;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.seller.CaseAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A session check answers as session creation would, with every readiness check, and creates nothing. */
class SessionCheckTest extends UseCaseTest {
    private static final String TERMINAL = "T11223351-T0001";

    @BeforeEach
    void enrolledSeedTerminal() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(ACCOUNT, STORE_ID, SELLER);
        terminal(ACCOUNT, SERIAL, STORE_ID);
    }

    @Test
    void an_enrolled_terminal_of_the_named_store_and_seller_would_be_accepted() {
        SessionCheck check = check(STORE_ID, TERMINAL, SELLER);

        assertThat(check.accepted()).isTrue();
        assertThat(check.readiness().checks()).hasSize(6).allMatch(CheckResult::ok);
    }

    @Test
    void a_terminal_whose_seller_was_terminated_would_be_refused_with_the_failed_check() {
        act(ACCOUNT, SELLER, CaseAction.TERMINATE);

        SessionCheck check = check(STORE_ID, TERMINAL, SELLER);

        assertThat(check.refusal()).get().extracting(DomainException::code).isEqualTo(ErrorCode.TERMINAL_NOT_ENROLLED);
        assertThat(check.refusal().get().fieldErrors()).extracting(FieldError::message)
                .singleElement().asString().startsWith("PAYOUT_DESTINATION_NOT_ACTIVE");
        assertThat(check.readiness().failures()).hasSize(1);
    }

    @Test
    void the_target_rules_are_those_of_session_creation() {
        activeSeller(ACCOUNT, "seller-2", OTHER_ORGANIZATION_NUMBER);
        store(ACCOUNT, "bergen", "seller-2");

        assertThat(check("nowhere", TERMINAL, SELLER).refusal()).get()
                .extracting(DomainException::code).isEqualTo(ErrorCode.STORE_NOT_FOUND);
        assertThat(check("bergen", TERMINAL, "seller-2").refusal()).get()
                .extracting(DomainException::code).isEqualTo(ErrorCode.TERMINAL_NOT_IN_STORE);
        assertThat(check(STORE_ID, TERMINAL, "seller-2").refusal()).get()
                .extracting(DomainException::code).isEqualTo(ErrorCode.PAYOUT_DESTINATION_MISMATCH);
    }

    @Test
    void a_malformed_target_is_refused_with_every_field_at_fault() {
        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> check("bad store!", "T0001", SELLER));

        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactly("order.store.id", "order.store.terminal_id");
    }

    private SessionCheck check(String storeId, String terminalId, String sellerId) {
        return onboard.checkSession().check(new CheckSessionCommand(ACCOUNT, storeId, terminalId, sellerId));
    }
}
