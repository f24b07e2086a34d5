package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.application.port.in.seller.CaseActionCommand;
import io.onboard.application.port.in.seller.ListPayoutDestinationsQuery;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.session.CheckSessionCommand;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.DeleteStoreCommand;
import io.onboard.application.port.in.store.ListStoresQuery;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.in.terminal.UpdateTerminalCommand;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.seller.CaseAction;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders, factories and view accessors an embedder uses, run through the use cases. */
class EmbeddingApiTest extends UseCaseTest {
    private static final PayoutDestinationId SELLER = new PayoutDestinationId("seller-1");

    @Test
    void a_builder_missing_required_parts_names_every_one_at_once() {
        DomainException refused = refusal(ErrorCode.VALIDATION_ERROR,
                () -> RegisterTerminalCommand.builder().serialNumber(" ").label("Till 1").build());

        assertThat(refused.fieldErrors()).containsExactly(new FieldError("account_id", "must not be null"),
                new FieldError("device_serial_number", "must not be blank"), new FieldError("device_model", "must not be null"),
                new FieldError("store_id", "must not be null"));
    }

    @Test
    void a_seller_built_from_typed_parts_goes_through_kyc_and_its_view_answers_in_one_call() {
        onboard.applyForPayoutDestination().apply(ApplyForPayoutDestinationCommand.builder()
                .account(ACCOUNT).payoutDestinationId(SELLER).name("Oslo Kaffe")
                .company(new CountryCode("NO"), "923663487")
                .organization(OrganizationInput.named("Oslo Kaffe AS").tradingAs("Oslo Kaffe"))
                .address(AddressInput.builder().addressLine("Karl Johans gate 1").postalCode("0154")
                        .postalPlace("Oslo").country(new CountryCode("NO")).build())
                .phoneNumber("+4722334455").email("post@oslokaffe.no").website("https://oslokaffe.no")
                .bankAccount(BankAccountInput.builder().iban("NO9386011117947").currency("NOK").country("NO").build())
                .payoutInterval(PayoutInterval.WEEK)
                .build());
        onboard.takeCaseAction().act(CaseActionCommand.of(ACCOUNT, SELLER, CaseAction.SUBMIT_DECLARATION));

        PayoutDestinationView signed = onboard.takeCaseAction().act(CaseActionCommand.of(ACCOUNT, SELLER, CaseAction.SIGN));

        assertThat(signed.payoutDestinationId()).isEqualTo(SELLER);
        assertThat(signed.caseStatus()).as("the built-in screener passes a complete case").isEqualTo(CaseStatus.ACTIVE);
        assertThat(signed.seller().data().payoutInterval()).isEqualTo(PayoutInterval.WEEK);
        assertThat(onboard.getPayoutDestination().get(ACCOUNT, SELLER).version()).isEqualTo(signed.version());
    }

    @Test
    void stores_and_terminals_built_with_typed_ids_are_named_by_both_ids_and_move_between_stores() {
        activeSeller(ACCOUNT, SELLER.value(), ORGANIZATION_NUMBER);
        StoreView center = onboard.createStore().create(CreateStoreCommand.builder().account(ACCOUNT)
                .storeId(new StoreId("oslo-center")).storeName("Oslo Center").payoutDestination(SELLER)
                .organization(StoreOrganizationInput.number(ORGANIZATION_NUMBER)).build());
        StoreView airport = onboard.createStore().create(CreateStoreCommand.builder().account(ACCOUNT)
                .storeId("oslo-airport").storeName("Oslo Airport").payoutDestination(SELLER.value())
                .phoneNumber(new PhoneNumber("+4764812000")).email(new Email("airport@oslokaffe.no"))
                .coordinates(CoordinatesInput.latitude(60.19).longitude(11.10)).build());
        TerminalView terminal = onboard.registerTerminal().register(RegisterTerminalCommand.builder().account(ACCOUNT)
                .serialNumber("158222607285").model(DeviceModel.SATURN_S1F4_PRO).store(center.serverId()).label("Till 1")
                .build());

        TerminalView moved = onboard.updateTerminal().update(UpdateTerminalCommand.builder().account(ACCOUNT)
                .terminal(terminal.terminalId()).expectedVersion(terminal.version()).moveTo(airport.storeId()).build());

        assertThat(center.serverId().value()).isEqualTo("T11223351-0001");
        assertThat(center.storeId()).isEqualTo(new StoreId("oslo-center"));
        assertThat(onboard.getStore().get(ACCOUNT, center.storeId()).serverId()).isEqualTo(center.serverId());
        assertThat(terminal.model()).isEqualTo(DeviceModel.SATURN_S1F4_PRO);
        assertThat(terminal.label()).contains("Till 1");
        assertThat(terminal.status()).isEqualTo(TerminalStatus.ACTIVE);
        assertThat(moved.storeId()).isEqualTo(airport.storeId());
        assertThat(moved.storeServerId()).isEqualTo(airport.serverId());
        assertThat(moved.payoutDestinationId()).isEqualTo(SELLER);
        assertThat(airport.store().profile().contact().phoneNumber()).isEqualTo(new PhoneNumber("+4764812000"));
        assertThat(airport.store().profile().coordinates().latitude()).isEqualTo(60.19);
        assertThat(airport.store().profile().coordinates().longitude()).isEqualTo(11.10);
        assertThat(onboard.checkSession().check(CheckSessionCommand.of(ACCOUNT, airport.storeId(), moved.terminalId(), SELLER))
                .accepted()).isTrue();
    }

    @Test
    void a_stale_expected_version_is_refused_and_a_current_one_deletes() {
        activeSeller(ACCOUNT, SELLER.value(), ORGANIZATION_NUMBER);
        StoreView store = store(ACCOUNT, "oslo-center", SELLER.value());
        StoreView renamed = onboard.updateStore().update(UpdateStoreCommand.builder().account(ACCOUNT)
                .store(store.serverId()).storeName("Oslo Sentrum").status(StoreStatus.INACTIVE).build());

        refusal(ErrorCode.PRECONDITION_FAILED, () -> onboard.deleteStore()
                .delete(DeleteStoreCommand.of(ACCOUNT, store.storeId()).expectingVersion(store.version())));
        StoreView deleted = onboard.deleteStore().delete(DeleteStoreCommand.of(ACCOUNT, store.serverId())
                .expectingVersion(renamed.version()));

        assertThat(renamed.storeName()).isEqualTo("Oslo Sentrum");
        assertThat(deleted.status()).isEqualTo(StoreStatus.DELETED);
    }

    @Test
    void a_page_s_cursor_goes_straight_into_the_query_for_the_next_page() {
        activeSeller(ACCOUNT, SELLER.value(), ORGANIZATION_NUMBER);
        StoreView store = store(ACCOUNT, "oslo-center", SELLER.value());
        for (int i = 1; i <= 5; i++) {
            terminal(ACCOUNT, "SERIAL-" + i, store.serverId().value());
        }
        terminal(ACCOUNT, "FAIL-6", store.serverId().value());

        ListTerminalsQuery active = ListTerminalsQuery.builder(ACCOUNT).status(TerminalStatus.ACTIVE).limit(2).build();
        List<String> serials = new ArrayList<>();
        Page<TerminalView> page = onboard.listTerminals().list(active);
        page.items().forEach(t -> serials.add(t.serialNumber().value()));
        while (page.next().isPresent()) {
            page = onboard.listTerminals().list(active.after(page.next().get()));
            page.items().forEach(t -> serials.add(t.serialNumber().value()));
        }

        assertThat(serials).containsExactly("SERIAL-1", "SERIAL-2", "SERIAL-3", "SERIAL-4", "SERIAL-5");
        assertThat(onboard.listStores().list(ListStoresQuery.builder(ACCOUNT).payoutDestination(SELLER)
                .status(StoreStatus.ACTIVE).build()).items()).extracting(StoreView::storeId).containsExactly(store.storeId());
        assertThat(onboard.listPayoutDestinations().list(ListPayoutDestinationsQuery.builder(ACCOUNT)
                .caseStatus(CaseStatus.ACTIVE).limit(1).build()).items()).extracting(PayoutDestinationView::payoutDestinationId)
                .containsExactly(SELLER);
    }
}
