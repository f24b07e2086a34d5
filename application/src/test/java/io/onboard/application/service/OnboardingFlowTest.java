package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.OTHER_ACCOUNT;
import static io.onboard.application.testdata.Seed.SELLER;
import static io.onboard.application.testdata.Seed.SERIAL;
import static io.onboard.application.testdata.Seed.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.enrollment.CheckResult;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.session.SessionStatus;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.terminal.TerminalStatus;
import org.junit.jupiter.api.Test;

/** The onboarding guide's whole flow: seller, store, terminal, session. */
class OnboardingFlowTest extends UseCaseTest {

    @Test
    void the_seed_flow_from_kyc_application_to_an_accepted_session() {
        PayoutDestinationView applied = applicant(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        assertThat(applied.seller().caseStatus()).isEqualTo(CaseStatus.WAITING_FOR_DECLARATION);
        assertThat(act(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION).seller().caseStatus())
                .isEqualTo(CaseStatus.WAITING_FOR_SIGNATURE);
        PayoutDestinationView signed = act(ACCOUNT, SELLER, CaseAction.SIGN);
        assertThat(signed.seller().caseStatus()).as("complete data passes the built-in screener").isEqualTo(CaseStatus.ACTIVE);

        StoreView store = onboard.createStore().create(Requests.store(ACCOUNT, STORE_ID, SELLER, ORGANIZATION_NUMBER));
        assertThat(store.store().id().value()).isEqualTo("T11223351-0001");
        assertThat(store.store().storeId().value()).isEqualTo(STORE_ID);
        assertThat(store.verified()).isTrue();
        assertThat(store.store().profile().contact().address()).as("filled from validated data")
                .isEqualTo(signed.seller().validatedData().orElseThrow().contact().address());

        TerminalView terminal = terminal(ACCOUNT, SERIAL, store.store().id().value());
        assertThat(terminal.terminal().terminalId().value()).isEqualTo("T11223351-T0001");
        assertThat(terminal.terminal().status()).isEqualTo(TerminalStatus.ACTIVE);
        TerminalView read = onboard.getTerminal().get(ACCOUNT, "T11223351-T0001");
        assertThat(read.store().storeId().value()).as("reads name the merchant store_id").isEqualTo(STORE_ID);

        Readiness readiness = onboard.checkReadiness().check(ACCOUNT, "T11223351-T0001");
        assertThat(readiness.enrolled()).isTrue();
        assertThat(readiness.checks()).hasSize(6).allMatch(CheckResult::ok);

        TerminalSession session = onboard.createSession().create(
                Requests.session(ACCOUNT, STORE_ID, "T11223351-T0001", SELLER));
        assertThat(session.status()).isEqualTo(SessionStatus.CREATED);
        assertThat(session.order().money().amount()).isEqualTo(12900L);
        assertThat(onboard.getSession().get(ACCOUNT, session.id().value()).order()).isEqualTo(session.order());

        PayoutDestinationView counted = onboard.getPayoutDestination().get(ACCOUNT, SELLER);
        assertThat(counted.numberOfStores()).isEqualTo(1);
        assertThat(counted.numberOfTerminals()).isEqualTo(1);
    }

    @Test
    void a_terminal_can_be_registered_with_the_merchant_store_id_too() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(ACCOUNT, STORE_ID, SELLER);

        TerminalView terminal = terminal(ACCOUNT, SERIAL, STORE_ID);

        assertThat(terminal.store().id().value()).isEqualTo("T11223351-0001");
    }

    @Test
    void store_and_terminal_numbers_count_per_account_and_are_zero_padded() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(ACCOUNT, "a", SELLER);
        StoreView second = store(ACCOUNT, "b", SELLER);
        activeSeller(OTHER_ACCOUNT, "other-seller", ORGANIZATION_NUMBER);
        StoreView otherAccounts = store(OTHER_ACCOUNT, "a", "other-seller");

        assertThat(second.store().id().value()).isEqualTo("T11223351-0002");
        assertThat(otherAccounts.store().id().value()).isEqualTo("T99887766-0001");
        assertThat(terminal(ACCOUNT, "SERIAL-0001", "b").terminal().terminalId().value()).isEqualTo("T11223351-T0001");
        assertThat(terminal(ACCOUNT, "SERIAL-0002", "a").terminal().terminalId().value()).isEqualTo("T11223351-T0002");
    }

    @Test
    void a_store_without_merchant_store_id_is_known_by_its_server_id() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);

        StoreView store = store(ACCOUNT, null, SELLER);

        assertThat(store.store().storeId().value()).isEqualTo("T11223351-0001");
        assertThat(onboard.getStore().get(ACCOUNT, "T11223351-0001").store().id()).isEqualTo(store.store().id());
    }

}
