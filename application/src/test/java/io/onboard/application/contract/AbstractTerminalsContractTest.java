package io.onboard.application.contract;

import static io.onboard.application.contract.StoredState.assertSameTerminal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.ProvisioningResult;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link Terminals}: what every storage adapter must do with terminals. */
public abstract class AbstractTerminalsContractTest extends PortContractTest {
    private static final PageRequest FIRST_PAGE = PageRequest.first(PageRequest.MAX_LIMIT);

    protected Terminals terminals;
    protected PayoutDestination seller;
    protected PayoutDestination otherSeller;
    protected Store store;
    protected Store secondStore;
    protected Store otherSellersStore;
    protected Store foreignStore;
    /** t1..t5 of {@link #addListedTerminals}, in creation order. */
    private List<Terminal> listed;

    @BeforeEach
    protected void addStores() {
        terminals = storage.terminals();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
        seller = addActiveSeller(ACCOUNT, "seller-1", 1, T0);
        otherSeller = addActiveSeller(ACCOUNT, "seller-2", 2, T0);
        PayoutDestination foreignSeller = addActiveSeller(OTHER_ACCOUNT, "seller-1", 1, T0);
        store = addStore("oslo-center", seller);
        secondStore = addStore("oslo-airport", seller);
        otherSellersStore = addStore("bergen", otherSeller);
        foreignStore = addStore("oslo-center", foreignSeller);
    }

    @Test
    public void adding_a_terminal_stores_it_at_version_1_and_find_returns_it_unchanged() {
        Terminal registered = register(storage.sequences().nextTerminalNumber(ACCOUNT), "158222607285",
                DeviceModel.SATURN_S1F4_PRO, store, "Till 1", T0);

        Terminal added = terminals.add(registered);

        assertThat(added.version()).isEqualTo(1);
        assertSameTerminal(added, registered.storedAt(1));
        assertThat(terminals.find(registered.terminalId())).hasValueSatisfying(found -> assertSameTerminal(found, added));
        assertThat(terminals.find(ACCOUNT, registered.terminalId())).hasValueSatisfying(found -> assertSameTerminal(found, added));
    }

    @Test
    public void a_terminal_is_not_found_from_another_account_nor_by_an_unknown_id() {
        Terminal added = addTerminal("158222607285", store);

        assertThat(terminals.find(OTHER_ACCOUNT, added.terminalId())).isEmpty();
        assertThatThrownBy(() -> terminals.get(OTHER_ACCOUNT, added.terminalId())).isInstanceOf(NotFoundException.class);
        assertThat(terminals.find(TerminalId.next(ACCOUNT, 99))).isEmpty();
    }

    @Test
    public void a_serial_number_of_a_live_terminal_is_refused_in_any_account() {
        addTerminal("158222607285", store);
        Terminal sameAccount = register(storage.sequences().nextTerminalNumber(ACCOUNT), "158222607285",
                DeviceModel.SATURN1000, secondStore, null, T0);
        Terminal otherAccount = register(storage.sequences().nextTerminalNumber(OTHER_ACCOUNT), "158222607285",
                DeviceModel.SATURN1000, foreignStore, null, T0);

        assertConflict(() -> terminals.add(sameAccount), ErrorCode.DUPLICATE_SERIAL_NUMBER);
        assertConflict(() -> terminals.add(otherAccount), ErrorCode.DUPLICATE_SERIAL_NUMBER);
        assertThat(terminals.find(sameAccount.terminalId())).isEmpty();
        assertThat(terminals.find(otherAccount.terminalId())).isEmpty();
    }

    @Test
    public void removing_a_terminal_frees_its_serial_number_for_another_registration() {
        Terminal first = addTerminal("158222607285", store);
        terminals.update(first.remove(minutesAfterStart(1)));

        Terminal again = addTerminal(OTHER_ACCOUNT, number -> register(number, "158222607285", DeviceModel.S1U2, foreignStore,
                null, minutesAfterStart(2)));

        assertThat(terminals.findLiveBySerialNumber(new SerialNumber("158222607285")))
                .hasValueSatisfying(found -> assertSameTerminal(found, again));
        assertThat(terminals.find(first.terminalId()).map(Terminal::status)).contains(TerminalStatus.DELETED);
    }

    @Test
    public void find_live_by_serial_number_looks_in_every_account_and_ignores_removed_terminals() {
        Terminal foreign = addTerminal("FOREIGN-0001", foreignStore);
        Terminal removed = addTerminal("REMOVED-0001", store);
        terminals.update(removed.remove(minutesAfterStart(1)));

        assertThat(terminals.findLiveBySerialNumber(new SerialNumber("FOREIGN-0001")))
                .hasValueSatisfying(found -> assertSameTerminal(found, foreign));
        assertThat(terminals.findLiveBySerialNumber(new SerialNumber("REMOVED-0001"))).isEmpty();
        assertThat(terminals.findLiveBySerialNumber(new SerialNumber("UNKNOWN-0001"))).isEmpty();
    }

    @Test
    public void updating_raises_the_version_by_one_and_stores_the_changes() {
        Terminal added = addTerminal("158222607285", store);
        Terminal activated = added.provisioned(ProvisioningResult.ACTIVATED, minutesAfterStart(1));

        Terminal updated = terminals.update(activated);
        Terminal moved = terminals.update(updated.moveTo(secondStore, minutesAfterStart(2)));

        assertSameTerminal(updated, activated.storedAt(2));
        assertSameTerminal(moved, updated.moveTo(secondStore, minutesAfterStart(2)).storedAt(3));
        assertThat(terminals.find(added.terminalId())).hasValueSatisfying(found -> assertSameTerminal(found, moved));
    }

    @Test
    public void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
        Terminal added = addTerminal("158222607285", store);
        Terminal first = terminals.update(added.provisioned(ProvisioningResult.ACTIVATED, minutesAfterStart(1)));

        assertConflict(() -> terminals.update(added.relabel("Too late", minutesAfterStart(2))), ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(terminals.find(added.terminalId())).hasValueSatisfying(found -> assertSameTerminal(found, first));
    }

    @Test
    public void every_field_round_trips_through_the_life_of_a_terminal() {
        Terminal stored = addTerminal(ACCOUNT, number -> register(number, "158222607285", DeviceModel.S1MINI2, store,
                "Till 1", T0));
        List<UnaryOperator<Terminal>> life = List.of(
                t -> t.provisioned(ProvisioningResult.FAILED, minutesAfterStart(1)),
                t -> t.relabel("Till 2", minutesAfterStart(2)),
                t -> t.retrySync(store, minutesAfterStart(3)).provisioned(ProvisioningResult.NEEDS_UPDATE, minutesAfterStart(3)),
                t -> t.moveTo(secondStore, minutesAfterStart(4)).changeModel(DeviceModel.S1P2, minutesAfterStart(4)),
                t -> t.relabel(null, minutesAfterStart(5)),
                t -> t.remove(minutesAfterStart(6)));

        for (UnaryOperator<Terminal> step : life) {
            Terminal changed = step.apply(stored);
            stored = terminals.update(changed);

            Terminal expected = changed.storedAt(changed.version() + 1);
            assertSameTerminal(stored, expected);
            assertThat(terminals.find(changed.terminalId())).hasValueSatisfying(found -> assertSameTerminal(found, expected));
        }
        assertThat(stored.deletedAt()).contains(minutesAfterStart(6));
        assertThat(stored.statusChangedAt()).isEqualTo(minutesAfterStart(6));
    }

    @Test
    public void count_live_in_counts_a_store_s_terminals_that_are_not_removed() {
        addTerminal("SERIAL-0001", store);
        Terminal moving = addTerminal("SERIAL-0002", store);
        Terminal removed = addTerminal("SERIAL-0003", store);
        addTerminal("SERIAL-0004", foreignStore);
        terminals.update(removed.remove(minutesAfterStart(1)));
        terminals.update(moving.moveTo(secondStore, minutesAfterStart(1)));

        assertThat(terminals.countLiveIn(store.id())).isEqualTo(1);
        assertThat(terminals.countLiveIn(secondStore.id())).isEqualTo(1);
        assertThat(terminals.countLiveIn(otherSellersStore.id())).isZero();
        assertThat(terminals.countLiveIn(foreignStore.id())).isEqualTo(1);
    }

    @Test
    public void count_live_linked_to_counts_terminals_not_removed_in_every_store_of_the_seller() {
        addTerminal("SERIAL-0001", store);
        Terminal removed = addTerminal("SERIAL-0002", store);
        addTerminal("SERIAL-0003", secondStore);
        addTerminal("SERIAL-0004", otherSellersStore);
        addTerminal("SERIAL-0005", foreignStore);
        terminals.update(removed.remove(minutesAfterStart(1)));

        assertThat(terminals.countLiveLinkedTo(ACCOUNT, seller.id())).isEqualTo(2);
        assertThat(terminals.countLiveLinkedTo(ACCOUNT, otherSeller.id())).isEqualTo(1);
        assertThat(terminals.countLiveLinkedTo(OTHER_ACCOUNT, seller.id())).isEqualTo(1);
        assertThat(terminals.countLiveLinkedTo(ACCOUNT, new PayoutDestinationId("nobody"))).isZero();
    }

    @Test
    public void count_live_linked_to_follows_a_store_to_its_new_seller() {
        addTerminal("SERIAL-0001", store);
        addTerminal("SERIAL-0002", secondStore);
        storage.stores().update(secondStore.linkTo(otherSeller, null, minutesAfterStart(1)));

        assertThat(terminals.countLiveLinkedTo(ACCOUNT, seller.id())).isEqualTo(1);
        assertThat(terminals.countLiveLinkedTo(ACCOUNT, otherSeller.id())).isEqualTo(1);
    }

    /**
     * Five terminals of {@link #ACCOUNT} and one of {@link #OTHER_ACCOUNT}, with every filterable field
     * different: t1 PENDING in the store, t2 ACTIVE in the store, t3 INACTIVE in the second store, t4 ERROR
     * in the other seller's store, t5 removed from the store; t1, t4 and t5 have labels starting "Front".
     */
    private void addListedTerminals() {
        Terminal t1 = addTerminal(ACCOUNT, n -> register(n, "AAA-1001-X", DeviceModel.SATURN1000, store, "Front desk", T0));
        Terminal t2 = addTerminal(ACCOUNT, n -> register(n, "BBB-2002-Y", DeviceModel.S1P2, store, null, T0));
        Terminal t3 = addTerminal(ACCOUNT, n -> register(n, "CCC-3003-Z", DeviceModel.S1MINI2, secondStore, "Back office", T0));
        Terminal t4 = addTerminal(ACCOUNT, n -> register(n, "DDD-4004-W", DeviceModel.SATURN1000, otherSellersStore, "front window", T0));
        Terminal t5 = addTerminal(ACCOUNT, n -> register(n, "EEE-5005-V", DeviceModel.S1P2, store, "Front desk old", T0));
        addTerminal(OTHER_ACCOUNT, n -> register(n, "FFF-6006-U", DeviceModel.S1P2, foreignStore, "Front desk", T0));
        Instant later = minutesAfterStart(1);
        t2 = terminals.update(t2.provisioned(ProvisioningResult.ACTIVATED, later));
        t3 = terminals.update(t3.provisioned(ProvisioningResult.ACTIVATED, later).changeStatus(TerminalStatus.INACTIVE, later));
        t4 = terminals.update(t4.provisioned(ProvisioningResult.FAILED, later));
        t5 = terminals.update(t5.remove(later));
        listed = List.of(t1, t2, t3, t4, t5);
    }

    private TerminalId t(int n) {
        return listed.get(n - 1).terminalId();
    }

    @Test
    public void list_without_filters_returns_the_account_s_terminals_that_are_not_removed_in_creation_order() {
        addListedTerminals();

        assertThat(listedIds(new Filter())).containsExactly(t(1), t(2), t(3), t(4));
    }

    @Test
    public void list_shows_removed_terminals_only_when_the_status_filter_asks_for_them() {
        addListedTerminals();

        assertThat(listedIds(new Filter().status(TerminalStatus.DELETED))).containsExactly(t(5));
        assertThat(listedIds(new Filter().serialNumber("EEE-5005-V"))).isEmpty();
        assertThat(listedIds(new Filter().terminalId(t(5)))).isEmpty();
        assertThat(listedIds(new Filter().search("old"))).isEmpty();
        assertThat(listedIds(new Filter().search("old").status(TerminalStatus.DELETED))).containsExactly(t(5));
    }

    @Test
    public void list_filters_by_store() {
        addListedTerminals();

        assertThat(listedIds(new Filter().store(store.id()))).containsExactly(t(1), t(2));
        assertThat(listedIds(new Filter().store(secondStore.id()))).containsExactly(t(3));
        assertThat(listedIds(new Filter().store(foreignStore.id()))).isEmpty();
    }

    @Test
    public void list_filters_by_payout_destination() {
        addListedTerminals();

        assertThat(listedIds(new Filter().payoutDestination(seller.id()))).containsExactly(t(1), t(2), t(3));
        assertThat(listedIds(new Filter().payoutDestination(otherSeller.id()))).containsExactly(t(4));
        assertThat(listedIds(new Filter().payoutDestination(new PayoutDestinationId("nobody")))).isEmpty();
    }

    @Test
    public void list_filters_by_status() {
        addListedTerminals();

        assertThat(listedIds(new Filter().status(TerminalStatus.PENDING))).containsExactly(t(1));
        assertThat(listedIds(new Filter().status(TerminalStatus.ACTIVE))).containsExactly(t(2));
        assertThat(listedIds(new Filter().status(TerminalStatus.INACTIVE))).containsExactly(t(3));
        assertThat(listedIds(new Filter().status(TerminalStatus.ERROR))).containsExactly(t(4));
        assertThat(listedIds(new Filter().status(TerminalStatus.ACTION_REQUIRED))).isEmpty();
    }

    @Test
    public void list_filters_by_device_model() {
        addListedTerminals();

        assertThat(listedIds(new Filter().model(DeviceModel.SATURN1000))).containsExactly(t(1), t(4));
        assertThat(listedIds(new Filter().model(DeviceModel.S1P2))).containsExactly(t(2));
        assertThat(listedIds(new Filter().model(DeviceModel.S1U2))).isEmpty();
    }

    @Test
    public void list_filters_by_serial_number() {
        addListedTerminals();

        assertThat(listedIds(new Filter().serialNumber("BBB-2002-Y"))).containsExactly(t(2));
        assertThat(listedIds(new Filter().serialNumber("FFF-6006-U"))).isEmpty();
        assertThat(listedIds(new Filter().serialNumber("BBB-2002"))).isEmpty();
    }

    @Test
    public void list_filters_by_terminal_id() {
        addListedTerminals();

        assertThat(listedIds(new Filter().terminalId(t(3)))).containsExactly(t(3));
        assertThat(listedIds(new Filter().terminalId(TerminalId.next(OTHER_ACCOUNT, 1)))).isEmpty();
    }

    @Test
    public void search_matches_part_of_the_terminal_id_serial_number_or_label_ignoring_case() {
        addListedTerminals();

        assertThat(listedIds(new Filter().search("FRONT"))).as("label").containsExactly(t(1), t(4));
        assertThat(listedIds(new Filter().search("bbb-2002"))).as("serial number").containsExactly(t(2));
        assertThat(listedIds(new Filter().search("-t0003"))).as("terminal id")
                .containsExactly(t(3));
        assertThat(listedIds(new Filter().search(ACCOUNT.value() + "-T000"))).as("every terminal id")
                .containsExactly(t(1), t(2), t(3), t(4));
        assertThat(listedIds(new Filter().search("no such text"))).isEmpty();
    }

    @Test
    public void list_combines_filters_so_that_each_must_match() {
        addListedTerminals();

        assertThat(listedIds(new Filter().store(store.id()).model(DeviceModel.S1P2))).containsExactly(t(2));
        assertThat(listedIds(new Filter().payoutDestination(seller.id()).search("front"))).containsExactly(t(1));
        assertThat(listedIds(new Filter().store(secondStore.id()).status(TerminalStatus.ACTIVE))).isEmpty();
    }

    @Test
    public void list_leaves_out_other_accounts_terminals() {
        addListedTerminals();

        assertThat(terminals.list(new Filter().account(OTHER_ACCOUNT).query(FIRST_PAGE)).items())
                .extracting(terminal -> terminal.serialNumber().value()).containsExactly("FFF-6006-U");
    }

    @Test
    public void walking_pages_visits_each_listed_terminal_once_in_order() {
        addListedTerminals();
        addTerminal("GGG-7007-T", secondStore);
        addTerminal("HHH-8008-S", otherSellersStore);

        List<Page<Terminal>> pages = Pages.walk(2, page -> terminals.list(TerminalQuery.all(ACCOUNT, page)));

        assertThat(Pages.sizes(pages)).containsExactly(2, 2, 2);
        assertThat(Pages.items(pages, Terminal::terminalId))
                .containsExactly(t(1), t(2), t(3), t(4), TerminalId.next(ACCOUNT, 6), TerminalId.next(ACCOUNT, 7));
        assertThat(pages.get(2).next()).isEmpty();
    }

    @Test
    public void walking_pages_of_a_filtered_list_visits_only_matching_terminals() {
        addListedTerminals();

        List<Page<Terminal>> pages = Pages.walk(1, page -> terminals.list(new Filter().payoutDestination(seller.id()).query(page)));

        assertThat(Pages.items(pages, Terminal::terminalId)).containsExactly(t(1), t(2), t(3));
        assertThat(Pages.sizes(pages)).containsExactly(1, 1, 1);
    }

    private List<TerminalId> listedIds(Filter filter) {
        return terminals.list(filter.query(FIRST_PAGE)).items().stream().map(Terminal::terminalId).toList();
    }

    protected static Terminal register(long number, String serial, DeviceModel model, Store store, String label, Instant now) {
        return Terminal.register(UUID.randomUUID(), TerminalId.next(store.accountId(), number), new SerialNumber(serial),
                model, store, label, now);
    }

    /** The filters of a {@link TerminalQuery}, set one by one; the account is {@link #ACCOUNT} unless set. */
    private static final class Filter {
        private AccountId account = ACCOUNT;
        private Optional<StoreServerId> store = Optional.empty();
        private Optional<PayoutDestinationId> payoutDestination = Optional.empty();
        private Optional<TerminalStatus> status = Optional.empty();
        private Optional<DeviceModel> model = Optional.empty();
        private Optional<SerialNumber> serialNumber = Optional.empty();
        private Optional<TerminalId> terminalId = Optional.empty();
        private Optional<String> search = Optional.empty();

        Filter account(AccountId value) {
            account = value;
            return this;
        }

        Filter store(StoreServerId value) {
            store = Optional.of(value);
            return this;
        }

        Filter payoutDestination(PayoutDestinationId value) {
            payoutDestination = Optional.of(value);
            return this;
        }

        Filter status(TerminalStatus value) {
            status = Optional.of(value);
            return this;
        }

        Filter model(DeviceModel value) {
            model = Optional.of(value);
            return this;
        }

        Filter serialNumber(String value) {
            serialNumber = Optional.of(new SerialNumber(value));
            return this;
        }

        Filter terminalId(TerminalId value) {
            terminalId = Optional.of(value);
            return this;
        }

        Filter search(String value) {
            search = Optional.of(value);
            return this;
        }

        TerminalQuery query(PageRequest page) {
            return new TerminalQuery(account, store, payoutDestination, status, model, serialNumber, terminalId, search, page);
        }
    }
}
