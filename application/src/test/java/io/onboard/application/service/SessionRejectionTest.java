package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.OTHER_ACCOUNT;
import static io.onboard.application.testdata.Seed.OTHER_ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.SELLER;
import static io.onboard.application.testdata.Seed.SERIAL;
import static io.onboard.application.testdata.Seed.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.in.session.CreateSessionCommand;
import io.onboard.application.port.in.session.OrderInput;
import io.onboard.application.port.in.session.StoreTargetInput;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.port.in.terminal.UpdateTerminalCommand;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.seller.CaseAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way SPEC 5 refuses a terminal session, each in the order the rules are checked. */
class SessionRejectionTest extends UseCaseTest {
    private static final String TERMINAL = "T11223351-T0001";

    @BeforeEach
    void enrolledSeedTerminal() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(ACCOUNT, STORE_ID, SELLER);
        terminal(ACCOUNT, SERIAL, STORE_ID);
    }

    @Test
    void a_session_naming_only_some_store_fields_is_refused_naming_the_missing_ones() {
        DomainException refused = refusal(ErrorCode.STORE_FIELDS_INCOMPLETE, () -> onboard.createSession().create(
                new CreateSessionCommand(ACCOUNT, new OrderInput(100L, "NOK", "r-1", new StoreTargetInput(STORE_ID, null, null)),
                        null, null)));

        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactly("order.store.terminal_id", "order.store.payout_destination_id");
        assertThat(refused.getMessage()).contains("missing: order.store.terminal_id, order.store.payout_destination_id");
    }

    @Test
    void a_session_without_order_store_is_refused_naming_all_three_fields() {
        DomainException refused = refusal(ErrorCode.STORE_FIELDS_INCOMPLETE, () -> onboard.createSession().create(
                new CreateSessionCommand(ACCOUNT, new OrderInput(100L, "NOK", "r-1", null), null, null)));

        assertThat(refused.fieldErrors()).extracting(FieldError::field)
                .containsExactly("order.store.id", "order.store.terminal_id", "order.store.payout_destination_id");
    }

    @Test
    void a_session_for_an_unknown_store_is_refused() {
        DomainException refused = refusal(ErrorCode.STORE_NOT_FOUND, () -> session("bergen", TERMINAL, SELLER));

        assertThat(refused.getMessage()).isEqualTo("no store has store_id bergen");
    }

    @Test
    void the_server_id_is_not_the_merchant_store_id_a_session_names_and_the_refusal_says_so() {
        DomainException refused = refusal(ErrorCode.STORE_NOT_FOUND, () -> session("T11223351-0001", TERMINAL, SELLER));

        assertThat(refused.getMessage()).isEqualTo("no store has store_id T11223351-0001; order.store.id takes the "
                + "merchant store_id (such as oslo-center), not the server id");
    }


    @Test
    void a_session_for_a_terminal_of_another_store_is_refused() {
        store(ACCOUNT, "bergen", SELLER);

        refusal(ErrorCode.TERMINAL_NOT_IN_STORE, () -> session("bergen", TERMINAL, SELLER));
    }

    @Test
    void a_session_naming_another_seller_than_the_stores_is_refused() {
        activeSeller(ACCOUNT, "seller-2", OTHER_ORGANIZATION_NUMBER);

        refusal(ErrorCode.PAYOUT_DESTINATION_MISMATCH, () -> session(STORE_ID, TERMINAL, "seller-2"));
    }

    @Test
    void a_session_for_a_store_whose_seller_is_still_in_kyc_lists_the_failed_check() {
        applicant(ACCOUNT, "seller-2", OTHER_ORGANIZATION_NUMBER);
        store(ACCOUNT, "bergen", "seller-2");
        terminal(ACCOUNT, "SERIAL-0002", "bergen");

        DomainException refused = refusal(ErrorCode.TERMINAL_NOT_ENROLLED,
                () -> session("bergen", "T11223351-T0002", "seller-2"));

        assertThat(refused.fieldErrors()).extracting(FieldError::message)
                .singleElement().asString().startsWith("PAYOUT_DESTINATION_NOT_ACTIVE");
    }

    @Test
    void a_session_for_an_inactive_terminal_in_an_inactive_store_lists_both_failed_checks() {
        onboard.updateTerminal().update(new UpdateTerminalCommand(ACCOUNT, TERMINAL, null, null, null, null, "INACTIVE"));
        onboard.updateStore().update(new UpdateStoreCommand(ACCOUNT, STORE_ID, null, null, null, null, null, null, null,
                null, null, "INACTIVE"));

        DomainException refused = refusal(ErrorCode.TERMINAL_NOT_ENROLLED, () -> session(STORE_ID, TERMINAL, SELLER));

        assertThat(refused.fieldErrors()).extracting(FieldError::message)
                .anyMatch(m -> m.startsWith("TERMINAL_NOT_ACTIVE"))
                .anyMatch(m -> m.startsWith("STORE_NOT_ACTIVE"))
                .hasSize(2);
    }

    @Test
    void a_session_for_a_removed_terminal_is_not_enrolled() {
        onboard.removeTerminal().remove(new TerminalCommand(ACCOUNT, TERMINAL, null));

        DomainException refused = refusal(ErrorCode.TERMINAL_NOT_ENROLLED, () -> session(STORE_ID, TERMINAL, SELLER));

        assertThat(refused.fieldErrors()).extracting(FieldError::message).first().asString().startsWith("TERMINAL_NOT_FOUND");
    }

    @Test
    void a_session_for_a_terminal_whose_seller_was_terminated_is_not_enrolled() {
        act(ACCOUNT, SELLER, CaseAction.TERMINATE);

        refusal(ErrorCode.TERMINAL_NOT_ENROLLED, () -> session(STORE_ID, TERMINAL, SELLER));
    }

    @Test
    void another_accounts_terminal_cannot_be_targeted() {
        activeSeller(OTHER_ACCOUNT, SELLER, ORGANIZATION_NUMBER);
        store(OTHER_ACCOUNT, STORE_ID, SELLER);

        refusal(ErrorCode.TERMINAL_NOT_ENROLLED, () -> onboard.createSession().create(
                Requests.session(OTHER_ACCOUNT, STORE_ID, TERMINAL, SELLER)));
    }

    @Test
    void a_session_with_bad_amount_and_currency_reports_both_fields() {
        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.createSession().create(
                new CreateSessionCommand(ACCOUNT, new OrderInput(0L, "KRONER", "r-1",
                        new StoreTargetInput(STORE_ID, TERMINAL, SELLER)), null, null)));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("order.amount", "order.currency");
        refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.createSession().create(new CreateSessionCommand(ACCOUNT,
                new OrderInput(-5L, "NOK", "r-1", new StoreTargetInput(STORE_ID, TERMINAL, SELLER)), null, null)));
    }

    private void session(String storeId, String terminalId, String sellerId) {
        onboard.createSession().create(Requests.session(ACCOUNT, storeId, terminalId, sellerId));
    }
}
