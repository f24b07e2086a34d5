package io.onboard.application.contract;

import static io.onboard.application.contract.StoredState.assertSameStore;
import static io.onboard.application.testdata.Aggregates.NO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.StoreQuery;
import io.onboard.application.port.out.Stores;
import io.onboard.application.testdata.Aggregates;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.Individual;
import io.onboard.domain.seller.LegalEntity;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Coordinates;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link Stores}: what every storage adapter must do with stores. */
public abstract class AbstractStoresContractTest extends PortContractTest {
    protected Stores stores;
    protected PayoutDestination seller;
    protected PayoutDestination otherSeller;
    protected PayoutDestination foreignSeller;

    @BeforeEach
    protected void addSellers() {
        stores = storage.stores();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
        seller = addApplicant(ACCOUNT, "seller-1", 1, T0);
        otherSeller = addActiveSeller(ACCOUNT, "seller-2", 2, T0);
        foreignSeller = addApplicant(OTHER_ACCOUNT, "seller-1", 1, T0);
    }

    @Test
    public void adding_a_store_stores_it_at_version_1_and_finds_it_by_server_id_and_by_store_id() {
        Store opened = Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", seller, T0);

        Store added = stores.add(opened);

        assertThat(added.version()).isEqualTo(1);
        assertSameStore(added, opened.storedAt(1));
        assertThat(stores.find(opened.id())).hasValueSatisfying(found -> assertSameStore(found, opened.storedAt(1)));
        assertThat(stores.findByStoreId(ACCOUNT, new StoreId("oslo-center")))
                .hasValueSatisfying(found -> assertSameStore(found, opened.storedAt(1)));
    }

    @Test
    public void a_store_is_found_by_either_kind_of_reference_but_only_in_its_own_account() {
        Store store = addStore("oslo-center", seller);

        assertThat(stores.find(ACCOUNT, new StoreRef.ByServerId(store.id()))).hasValueSatisfying(found -> assertSameStore(found, store));
        assertThat(stores.find(ACCOUNT, new StoreRef.ByStoreId(store.storeId()))).hasValueSatisfying(found -> assertSameStore(found, store));
        assertThat(stores.find(OTHER_ACCOUNT, new StoreRef.ByServerId(store.id()))).isEmpty();
        assertThat(stores.find(OTHER_ACCOUNT, new StoreRef.ByStoreId(store.storeId()))).isEmpty();
        assertThat(stores.findByStoreId(OTHER_ACCOUNT, store.storeId())).isEmpty();
        assertThatThrownBy(() -> stores.get(OTHER_ACCOUNT, new StoreRef.ByServerId(store.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void unknown_stores_are_not_found() {
        addStore("oslo-center", seller);

        assertThat(stores.find(new StoreServerId(ACCOUNT, 99))).isEmpty();
        assertThat(stores.findByStoreId(ACCOUNT, new StoreId("bergen"))).isEmpty();
    }

    @Test
    public void a_taken_store_id_is_refused_in_the_same_account() {
        addStore("oslo-center", seller);
        Store second = Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", otherSeller, T0);

        assertConflict(() -> stores.add(second), ErrorCode.DUPLICATE_STORE_ID);
        assertThat(stores.find(second.id())).isEmpty();
    }

    @Test
    public void a_deleted_store_keeps_its_store_id_taken() {
        Store store = addStore("oslo-center", seller);
        stores.update(store.delete(0, minutesAfterStart(1)));
        Store second = Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), "oslo-center", seller, T0);

        assertConflict(() -> stores.add(second), ErrorCode.DUPLICATE_STORE_ID);
    }

    @Test
    public void a_store_id_taken_in_another_account_is_free() {
        addStore("oslo-center", foreignSeller);

        Store mine = addStore("oslo-center", seller);

        assertThat(stores.findByStoreId(ACCOUNT, mine.storeId())).hasValueSatisfying(found -> assertSameStore(found, mine));
        assertThat(stores.findByStoreId(OTHER_ACCOUNT, mine.storeId()).map(Store::payoutDestinationId))
                .contains(foreignSeller.id());
    }

    @Test
    public void a_store_without_a_merchant_store_id_is_known_by_its_server_id() {
        Store opened = Aggregates.store(storage.sequences().nextStoreNumber(ACCOUNT), null, seller, T0);
        assertThat(opened.storeId()).isEqualTo(StoreId.of(opened.id()));

        stores.add(opened);

        assertThat(stores.find(ACCOUNT, StoreRef.parse(opened.id().value())))
                .hasValueSatisfying(found -> assertSameStore(found, opened.storedAt(1)));
        assertThat(stores.findByStoreId(ACCOUNT, StoreId.of(opened.id())))
                .hasValueSatisfying(found -> assertSameStore(found, opened.storedAt(1)));
    }

    @Test
    public void a_store_with_a_full_profile_round_trips() {
        StoreProfile profile = new StoreProfile("Oslo Center", new Organization("Oslo Kaffe AS", "Oslo Kaffe Sentrum"),
                new ContactDetails(new Address("Karl Johans gate 1", "2nd floor", "0154", "Oslo", NO),
                        new PhoneNumber("+4722334466"), new Email("sentrum@oslokaffe.no"), new Website("https://oslokaffe.no/sentrum")),
                new Coordinates(59.913868, 10.752245));
        Store opened = Store.open(StoreServerId.next(ACCOUNT, storage.sequences().nextStoreNumber(ACCOUNT)),
                StoreId.chosenByClient("oslo-center"), profile, otherSeller.legalEntity().organizationNumber(), otherSeller, T0);

        stores.add(opened);

        assertThat(stores.find(opened.id())).hasValueSatisfying(found -> assertSameStore(found, opened.storedAt(1)));
    }

    @Test
    public void a_store_of_an_active_seller_keeps_what_was_given_apart_from_what_was_filled_in() {
        StoreProfile given = new StoreProfile("Oslo Center", new Organization(null, "Oslo Kaffe Sentrum"),
                new ContactDetails(null, new PhoneNumber("+4722334466"), null, null), null);
        Store opened = Store.open(StoreServerId.next(ACCOUNT, storage.sequences().nextStoreNumber(ACCOUNT)),
                StoreId.chosenByClient("oslo-center"), given, null, otherSeller, T0);
        assertThat(opened.filledFrom()).isPresent();

        stores.add(opened);
        assertThat(stores.find(opened.id())).hasValueSatisfying(found -> assertSameStore(found, opened.storedAt(1)));
        Store relinked = stores.update(opened.storedAt(1).linkTo(seller, null, minutesAfterStart(1)));

        assertThat(relinked.filledFrom()).isEmpty();
        assertThat(stores.find(opened.id())).hasValueSatisfying(found -> assertSameStore(found, relinked));
        assertThat(stores.find(opened.id()).map(Store::givenProfile)).contains(given);
    }

    @Test
    public void an_inactive_store_of_an_individual_without_organization_number_round_trips() {
        PayoutDestination individual = storage.payoutDestinations().add(PayoutDestination.apply(ACCOUNT,
                new PayoutDestinationId("kari"), null, null,
                LegalEntity.individual(new Individual("Kari Nordmann", LocalDate.of(1985, 3, 14)), NO), CaseData.NONE, T0));
        Store store = addStore("kari-market", individual);

        Store inactive = stores.update(store.changeStatus(StoreStatus.INACTIVE, minutesAfterStart(1)));

        assertThat(inactive.organizationNumber()).isEmpty();
        assertThat(stores.find(store.id())).hasValueSatisfying(found -> assertSameStore(found,
                store.changeStatus(StoreStatus.INACTIVE, minutesAfterStart(1)).storedAt(2)));
    }

    @Test
    public void updating_raises_the_version_by_one_and_stores_the_changes() {
        Store added = addStore("oslo-center", seller);
        Store revised = added.revise(new StoreProfile("Oslo Sentrum", null, null, new Coordinates(59.91, 10.75)),
                minutesAfterStart(1));

        Store updated = stores.update(revised);
        Store relinked = stores.update(updated.linkTo(otherSeller, null, minutesAfterStart(2)));

        assertSameStore(updated, revised.storedAt(2));
        assertSameStore(relinked, updated.linkTo(otherSeller, null, minutesAfterStart(2)).storedAt(3));
        assertThat(stores.find(added.id())).hasValueSatisfying(found -> assertSameStore(found, relinked));
    }

    @Test
    public void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
        Store added = addStore("oslo-center", seller);
        Store first = stores.update(added.changeStatus(StoreStatus.INACTIVE, minutesAfterStart(1)));

        assertConflict(() -> stores.update(added.revise(new StoreProfile("Too late", null, null, null), minutesAfterStart(2))),
                ErrorCode.CONCURRENT_MODIFICATION);

        assertThat(stores.find(added.id())).hasValueSatisfying(found -> assertSameStore(found, first));
    }

    @Test
    public void linked_to_lists_every_store_of_the_seller_deleted_ones_included_in_creation_order() {
        Store first = addStore("first", seller);
        addStore("elsewhere", otherSeller);
        Store deleted = addStore("deleted", seller);
        Store last = addStore("last", seller);
        Store foreign = addStore("foreign", foreignSeller);
        stores.update(deleted.delete(0, minutesAfterStart(1)));

        assertThat(stores.linkedTo(ACCOUNT, seller.id())).extracting(Store::id).containsExactly(first.id(), deleted.id(), last.id());
        assertThat(stores.linkedTo(ACCOUNT, seller.id()).get(1).status()).isEqualTo(StoreStatus.DELETED);
        assertThat(stores.linkedTo(OTHER_ACCOUNT, foreignSeller.id())).extracting(Store::id).containsExactly(foreign.id());
        assertThat(stores.linkedTo(ACCOUNT, new PayoutDestinationId("nobody"))).isEmpty();
    }

    @Test
    public void count_linked_to_counts_the_seller_s_stores_that_are_not_deleted() {
        addStore("first", seller);
        addStore("elsewhere", otherSeller);
        Store deleted = addStore("deleted", seller);
        addStore("last", seller);
        addStore("foreign", foreignSeller);
        stores.update(deleted.delete(0, minutesAfterStart(1)));

        assertThat(stores.countLinkedTo(ACCOUNT, seller.id())).isEqualTo(2);
        assertThat(stores.countLinkedTo(ACCOUNT, otherSeller.id())).isEqualTo(1);
        assertThat(stores.countLinkedTo(OTHER_ACCOUNT, foreignSeller.id())).isEqualTo(1);
        assertThat(stores.countLinkedTo(ACCOUNT, new PayoutDestinationId("nobody"))).isZero();
    }

    @Test
    public void relinking_a_store_moves_it_to_the_new_seller_s_stores() {
        Store moving = addStore("moving", seller);
        addStore("staying", seller);

        stores.update(moving.linkTo(otherSeller, null, minutesAfterStart(1)));

        assertThat(stores.linkedTo(ACCOUNT, seller.id())).extracting(Store::storeId).containsExactly(new StoreId("staying"));
        assertThat(stores.linkedTo(ACCOUNT, otherSeller.id())).extracting(Store::storeId).containsExactly(new StoreId("moving"));
        assertThat(stores.countLinkedTo(ACCOUNT, otherSeller.id())).isEqualTo(1);
    }

    @Test
    public void list_leaves_out_deleted_stores_unless_the_status_filter_asks_for_them() {
        Store active = addStore("active", seller);
        Store inactive = addStore("inactive", seller);
        Store deleted = addStore("deleted", seller);
        stores.update(inactive.changeStatus(StoreStatus.INACTIVE, minutesAfterStart(1)));
        stores.update(deleted.delete(0, minutesAfterStart(1)));

        assertThat(storeIds(Optional.empty(), Optional.empty())).containsExactly(active.id(), inactive.id());
        assertThat(storeIds(Optional.empty(), Optional.of(StoreStatus.ACTIVE))).containsExactly(active.id());
        assertThat(storeIds(Optional.empty(), Optional.of(StoreStatus.INACTIVE))).containsExactly(inactive.id());
        assertThat(storeIds(Optional.empty(), Optional.of(StoreStatus.DELETED))).containsExactly(deleted.id());
    }

    @Test
    public void list_filters_by_payout_destination_and_by_both_filters_together() {
        Store first = addStore("first", seller);
        Store other = addStore("other", otherSeller);
        Store third = addStore("third", seller);
        stores.update(third.changeStatus(StoreStatus.INACTIVE, minutesAfterStart(1)));

        assertThat(storeIds(Optional.of(seller.id()), Optional.empty())).containsExactly(first.id(), third.id());
        assertThat(storeIds(Optional.of(otherSeller.id()), Optional.empty())).containsExactly(other.id());
        assertThat(storeIds(Optional.of(seller.id()), Optional.of(StoreStatus.INACTIVE))).containsExactly(third.id());
        assertThat(storeIds(Optional.of(new PayoutDestinationId("nobody")), Optional.empty())).isEmpty();
    }

    @Test
    public void list_leaves_out_other_accounts_stores() {
        Store mine = addStore("mine", seller);
        addStore("theirs", foreignSeller);

        assertThat(storeIds(Optional.empty(), Optional.empty())).containsExactly(mine.id());
        assertThat(storeIds(Optional.of(seller.id()), Optional.empty())).containsExactly(mine.id());
        assertThat(listAll(OTHER_ACCOUNT).items()).extracting(Store::storeId).containsExactly(new StoreId("theirs"));
    }

    @Test
    public void walking_pages_of_two_visits_each_listed_store_once_and_a_full_last_page_has_no_next_cursor() {
        Store s1 = addStore("s1", seller);
        Store s2 = addStore("s2", otherSeller);
        Store gone = addStore("gone", seller);
        Store s3 = addStore("s3", seller);
        Store s4 = addStore("s4", otherSeller);
        addStore("foreign", foreignSeller);
        stores.update(gone.delete(0, minutesAfterStart(1)));

        List<Page<Store>> pages = Pages.walk(2, page -> stores.list(new StoreQuery(ACCOUNT, Optional.empty(), Optional.empty(), page)));

        assertThat(Pages.sizes(pages)).containsExactly(2, 2);
        assertThat(Pages.items(pages, Store::id)).containsExactly(s1.id(), s2.id(), s3.id(), s4.id());
        assertThat(pages.get(1).next()).isEmpty();
    }

    private List<StoreServerId> storeIds(Optional<PayoutDestinationId> payoutDestination, Optional<StoreStatus> status) {
        return stores.list(new StoreQuery(ACCOUNT, payoutDestination, status, PageRequest.first(PageRequest.MAX_LIMIT)))
                .items().stream().map(Store::id).toList();
    }

    private Page<Store> listAll(AccountId account) {
        return stores.list(new StoreQuery(account, Optional.empty(), Optional.empty(), PageRequest.first(PageRequest.MAX_LIMIT)));
    }
}
