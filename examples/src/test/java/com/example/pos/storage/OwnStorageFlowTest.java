package com.example.pos.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.pos.sale.Sale;
import com.example.pos.till.Till;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.event.ListEventsQuery;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.Event;
import io.onboard.application.service.Onboard;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.enrollment.CheckResult;
import io.onboard.domain.enrollment.EnrollmentCheck;
import io.onboard.domain.event.EventType;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.session.SessionStatus;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Onboard embedded on the POS's own storage: the README's flow, and the simulated provisioner's FAIL serials. */
class OwnStorageFlowTest {
    private static final AccountId ACCOUNT = AccountId.parse("T11223351");
    private static final PayoutDestinationId SELLER = new PayoutDestinationId("seller-1");

    private final Onboard onboard = Onboard.withBuiltIns(PosStorage.create());

    @Test
    void a_terminal_onboarded_on_the_pos_storage_takes_a_payment_and_a_fail_serial_does_not_enroll() {
        StoreView store = seedStore();
        TerminalView ready = register(store, "158222607285");
        TerminalView failing = register(store, "FAIL-0001");
        Till till = new Till(ACCOUNT, store.storeId(), ready.terminalId(), SELLER, onboard.createSession());

        assertThat(till.charge(new Sale("order-1", 12900, "NOK")).status()).isEqualTo(SessionStatus.CREATED);
        assertThat(failing.status()).isEqualTo(TerminalStatus.ERROR);
        assertThat(onboard.checkReadiness().check(ACCOUNT, failing.terminalId()).failures())
                .extracting(CheckResult::check).containsExactly(EnrollmentCheck.TERMINAL_ACTIVE);
    }

    @Test
    void changes_made_by_embedding_code_are_events_in_the_pos_storage_with_the_apis_json() {
        StoreView store = seedStore();
        TerminalView terminal = register(store, "158222607285");

        List<Event> events = onboard.listEvents().list(ListEventsQuery.builder(ACCOUNT).limit(100).build()).items();

        // the built-in provider answers at once, so the terminal is added already provisioned: one event
        assertThat(events).extracting(Event::type).containsExactly(EventType.APPROVAL_PAYOUT_DESTINATION_ADD,
                EventType.ACCOUNT_STORE_ADD, EventType.ACCOUNT_TERMINAL_ADD);
        assertThat(events).extracting(Event::sequence).containsExactly(1L, 2L, 3L);
        assertThat(events.get(2).resourceId()).isEqualTo(terminal.terminalId().value());
        assertThat(events.get(2).data()).contains("\"terminal_id\":\"" + terminal.terminalId().value() + "\"",
                "\"status\":\"ACTIVE\"");
    }

    private StoreView seedStore() {
        onboard.createAccount().create(CreateAccountCommand.of(ACCOUNT, "Oslo Kaffe"));
        onboard.applyForPayoutDestination().apply(ApplyForPayoutDestinationCommand.builder().account(ACCOUNT)
                .payoutDestinationId(SELLER).description("AUTO_APPROVE").company(new CountryCode("NO"), "923663487").build());
        return onboard.createStore().create(CreateStoreCommand.builder().account(ACCOUNT).storeId("oslo-center")
                .storeName("Oslo Center").payoutDestination(SELLER).build());
    }

    private TerminalView register(StoreView store, String serial) {
        return onboard.registerTerminal().register(RegisterTerminalCommand.builder().account(ACCOUNT)
                .serialNumber(serial).model(DeviceModel.S1MINI2).store(store.serverId()).build());
    }
}
