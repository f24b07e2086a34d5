package io.onboard.domain.session;

import static io.onboard.domain.testdata.Refusals.refusal;
import static io.onboard.domain.testdata.Times.T0;
import static io.onboard.domain.testdata.Times.minutesLater;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Website;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.EnrollmentChain.TerminalLink;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import io.onboard.domain.testdata.Terminals;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SPEC 5: a session is accepted only for an enrolled terminal of the named store and seller, checked in order. */
class TerminalSessionTest {
    private static final Instant NOW = minutesLater(30);
    private static final SessionId SESSION_ID = SessionId.generate(Accounts.TEST, new UUID(1, 2));

    private final PayoutDestination seller = Sellers.activeCompany(Accounts.TEST, "seller-1");
    private final Store store = Stores.aStore(seller, 1, "oslo-sentrum");
    private final Store otherStore = Stores.aStore(seller, 2, "bergen");
    private final Terminal terminal = Terminals.active(store, 1);

    private static SessionOrder order(String storeId, Terminal terminal, String sellerId) {
        return new SessionOrder(new Money(12900, CurrencyCode.of("NOK")), "order-42",
                new SessionTarget(new StoreId(storeId), terminal.terminalId(), new PayoutDestinationId(sellerId)));
    }

    private static Readiness readiness(Terminal terminal, Store store, PayoutDestination seller) {
        return Enrollment.evaluate(terminal.terminalId().value(), Optional.of(terminal), Optional.ofNullable(store),
                Optional.ofNullable(seller));
    }

    private TerminalSession accept(SessionOrder order, Store named, Terminal terminal, Readiness readiness) {
        return TerminalSession.accept(SESSION_ID, Accounts.TEST, order, "profile-1",
                new Website("https://pos.example.com/callback"), Optional.ofNullable(named).map(StoreLink::of),
                Optional.ofNullable(terminal).map(TerminalLink::of), readiness, NOW);
    }

    @Test
    void a_session_for_an_enrolled_terminal_of_the_named_store_and_seller_is_created() {
        SessionOrder order = order("oslo-sentrum", terminal, "seller-1");

        TerminalSession session = accept(order, store, terminal, readiness(terminal, store, seller));

        assertThat(session.status()).isEqualTo(SessionStatus.CREATED);
        assertThat(session.createdAt()).isEqualTo(NOW);
        assertThat(session.id()).isEqualTo(SESSION_ID);
        assertThat(session.accountId()).isEqualTo(Accounts.TEST);
        assertThat(session.order()).isEqualTo(order);
        assertThat(session.profileId()).isEqualTo("profile-1");
        assertThat(session.callbackUrl()).isEqualTo(new Website("https://pos.example.com/callback"));
    }

    @Test
    void an_unknown_store_is_refused_on_the_store_field() {
        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND,
                () -> accept(order("nowhere", terminal, "seller-1"), null, terminal, readiness(terminal, store, seller)));

        assertThat(refused.getMessage()).contains("nowhere");
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("order.store.id");
    }

    @Test
    void a_deleted_store_is_refused_as_not_found() {
        Store deleted = otherStore.delete(0, T0);

        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND,
                () -> accept(order("bergen", terminal, "seller-1"), deleted, terminal, readiness(terminal, store, seller)));

        assertThat(refused.getMessage()).isEqualTo("store bergen was deleted");
    }

    @Test
    void a_terminal_of_another_store_is_refused_on_the_terminal_field() {
        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.TERMINAL_NOT_IN_STORE,
                () -> accept(order("bergen", terminal, "seller-1"), otherStore, terminal, readiness(terminal, store, seller)));

        assertThat(refused.getMessage()).contains(terminal.terminalId().value(), "bergen");
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("order.store.terminal_id");
    }

    @Test
    void a_seller_other_than_the_stores_is_refused_on_the_seller_field() {
        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.PAYOUT_DESTINATION_MISMATCH,
                () -> accept(order("oslo-sentrum", terminal, "seller-2"), store, terminal, readiness(terminal, store, seller)));

        assertThat(refused.getMessage()).contains("seller-1", "seller-2");
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("order.store.payout_destination_id");
    }

    @Test
    void the_store_is_checked_before_the_seller() {
        refusal(RuleViolationException.class, ErrorCode.STORE_NOT_FOUND,
                () -> accept(order("nowhere", terminal, "seller-2"), null, terminal, readiness(terminal, store, seller)));
    }

    @Test
    void the_terminal_is_checked_before_the_seller() {
        refusal(RuleViolationException.class, ErrorCode.TERMINAL_NOT_IN_STORE,
                () -> accept(order("bergen", terminal, "seller-2"), otherStore, terminal, readiness(terminal, store, seller)));
    }

    @Test
    void a_terminal_that_is_not_enrolled_is_refused_listing_every_failed_check() {
        Terminal pending = Terminals.registered(store, 3);
        Store inactive = store.changeStatus(StoreStatus.INACTIVE, T0);
        PayoutDestination underReview = Sellers.companyIn(Accounts.TEST, "seller-1", CaseStatus.UNDER_MANUAL_REVIEW);
        Readiness readiness = readiness(pending, inactive, underReview);

        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.TERMINAL_NOT_ENROLLED,
                () -> accept(order("oslo-sentrum", pending, "seller-1"), inactive, pending, readiness));

        assertThat(refused.getMessage()).contains(pending.terminalId().value(), "not enrolled");
        assertThat(refused.fieldErrors()).hasSize(3);
        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsOnly("order.store.terminal_id");
        assertThat(refused.fieldErrors()).extracting(FieldError::message).satisfiesExactly(
                first -> assertThat(first).startsWith("TERMINAL_NOT_ACTIVE").contains("PENDING"),
                second -> assertThat(second).startsWith("STORE_NOT_ACTIVE").contains("INACTIVE"),
                third -> assertThat(third).startsWith("PAYOUT_DESTINATION_NOT_ACTIVE").contains("UNDER_MANUAL_REVIEW"));
    }

    @Test
    void a_terminal_that_does_not_exist_is_refused_as_not_enrolled_with_the_not_found_check() {
        TerminalId unknown = TerminalId.next(Accounts.TEST, 99);
        SessionOrder order = new SessionOrder(new Money(100, CurrencyCode.of("NOK")), "order-43",
                new SessionTarget(new StoreId("oslo-sentrum"), unknown, new PayoutDestinationId("seller-1")));
        Readiness readiness = Enrollment.evaluate(unknown.value(), Optional.empty(), Optional.empty(), Optional.empty());

        RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.TERMINAL_NOT_ENROLLED,
                () -> accept(order, store, null, readiness));

        assertThat(refused.fieldErrors()).extracting(FieldError::message)
                .anySatisfy(message -> assertThat(message).startsWith("TERMINAL_NOT_FOUND"));
    }

    @Test
    void an_order_needs_a_merchant_reference_of_at_most_255_characters() {
        SessionTarget target = new SessionTarget(new StoreId("oslo-sentrum"), terminal.terminalId(),
                new PayoutDestinationId("seller-1"));
        Money money = new Money(100, CurrencyCode.of("NOK"));

        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new SessionOrder(money, " ", target)).getMessage()).contains("merchant reference is required");
        assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                () -> new SessionOrder(money, "r".repeat(256), target)).getMessage()).contains("at most 255");
        assertThat(new SessionOrder(money, "r".repeat(255), target).merchantReference()).hasSize(255);
    }

    @Test
    void a_profile_id_is_optional_and_bounded() {
        Readiness ready = readiness(terminal, store, seller);
        SessionOrder order = order("oslo-sentrum", terminal, "seller-1");

        assertThat(TerminalSession.accept(SESSION_ID, Accounts.TEST, order, " ", null, Optional.of(StoreLink.of(store)),
                Optional.of(TerminalLink.of(terminal)), ready, NOW).profileId()).isNull();
        refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> TerminalSession.accept(SESSION_ID,
                Accounts.TEST, order, "p".repeat(101), null, Optional.of(StoreLink.of(store)),
                Optional.of(TerminalLink.of(terminal)), ready, NOW));
    }
}
