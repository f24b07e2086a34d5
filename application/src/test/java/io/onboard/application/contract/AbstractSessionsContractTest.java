package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.Sessions;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Website;
import io.onboard.domain.enrollment.Enrollment;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.EnrollmentChain.TerminalLink;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.session.Money;
import io.onboard.domain.session.SessionId;
import io.onboard.domain.session.SessionOrder;
import io.onboard.domain.session.SessionStatus;
import io.onboard.domain.session.SessionTarget;
import io.onboard.domain.session.TerminalSession;
import io.onboard.domain.store.Store;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.Terminal;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link Sessions}: accepted terminal sessions are kept as they were accepted. */
public abstract class AbstractSessionsContractTest extends PortContractTest {
    protected Sessions sessions;
    protected PayoutDestination seller;
    protected Store store;
    protected Terminal terminal;

    /** An enrolled chain: an ACTIVE seller, its store and an ACTIVE terminal in it. */
    @BeforeEach
    protected void addEnrolledTerminal() {
        sessions = storage.sessions();
        addAccount(ACCOUNT);
        seller = addActiveSeller(ACCOUNT, "seller-1", 1, T0);
        store = addStore("oslo-center", seller);
        Terminal registered = addTerminal("158222607285", store);
        terminal = storage.terminals().update(registered.provisioned(ProvisioningResult.ACTIVATED, T0));
    }

    @Test
    public void an_accepted_session_is_found_by_its_id_with_every_field() {
        TerminalSession session = accept(new Money(12900, CurrencyCode.of("NOK")), "order-1", "profile-1",
                new Website("https://pos.example.com/callback?order=1"));

        sessions.add(session);

        assertThat(sessions.find(session.id())).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(session.id());
            assertThat(found.accountId()).isEqualTo(ACCOUNT);
            assertThat(found.order()).isEqualTo(session.order());
            assertThat(found.profileId()).isEqualTo("profile-1");
            assertThat(found.callbackUrl()).isEqualTo(session.callbackUrl());
            assertThat(found.status()).isEqualTo(SessionStatus.CREATED);
            assertThat(found.createdAt()).isEqualTo(session.createdAt());
            assertThat(found).isEqualTo(session);
        });
    }

    @Test
    public void a_session_without_profile_or_callback_round_trips() {
        TerminalSession session = accept(new Money(Money.MAX_AMOUNT, CurrencyCode.of("EUR")), "order-2", null, null);

        sessions.add(session);

        assertThat(sessions.find(session.id())).contains(session);
    }

    @Test
    public void an_unknown_session_id_finds_nothing() {
        sessions.add(accept(new Money(100, CurrencyCode.of("NOK")), "order-3", null, null));

        assertThat(sessions.find(SessionId.generate(ACCOUNT, UUID.randomUUID()))).isEmpty();
    }

    private TerminalSession accept(Money money, String reference, String profileId, Website callback) {
        SessionOrder order = new SessionOrder(money, reference, new SessionTarget(store.storeId(), terminal.terminalId(), seller.id()));
        return TerminalSession.accept(SessionId.generate(ACCOUNT, UUID.randomUUID()), ACCOUNT, order, profileId, callback,
                Optional.of(StoreLink.of(store)), Optional.of(TerminalLink.of(terminal)),
                Enrollment.evaluate(terminal.terminalId().value(), Optional.of(terminal), Optional.of(store), Optional.of(seller)),
                minutesAfterStart(1));
    }
}
