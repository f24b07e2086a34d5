package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.OTHER_ACCOUNT;
import static io.onboard.application.testdata.Seed.OTHER_ORGANIZATION_NUMBER;
import static io.onboard.application.testdata.Seed.SELLER;
import static io.onboard.application.testdata.Seed.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.DeleteStoreCommand;
import io.onboard.application.port.in.store.ListStoresQuery;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.in.terminal.TerminalCommand;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.store.StoreStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stores through the use cases: linking rules, filling, relinking, deletion, lookups and lists. */
class StoreUseCasesTest extends UseCaseTest {

    @BeforeEach
    void activeSeedSeller() {
        activeSeller(ACCOUNT, SELLER, ORGANIZATION_NUMBER);
    }

    @Test
    void a_store_whose_organization_number_is_not_its_sellers_is_refused() {
        refusal(ErrorCode.ORGANIZATION_MISMATCH,
                () -> onboard.createStore().create(Requests.store(ACCOUNT, STORE_ID, SELLER, OTHER_ORGANIZATION_NUMBER)));
        refusal(ErrorCode.ORGANIZATION_MISMATCH,
                () -> onboard.createStore().create(Requests.store(ACCOUNT, STORE_ID, SELLER, "not-a-number")));
    }

    @Test
    void a_store_linked_to_an_unknown_seller_is_refused() {
        DomainException refused = refusal(ErrorCode.PAYOUT_DESTINATION_NOT_FOUND,
                () -> store(ACCOUNT, STORE_ID, "nobody"));

        assertThat(refused.fieldErrors()).extracting(FieldError::field).containsExactly("payout_destination.payout_destination_id");
        refusal(ErrorCode.PAYOUT_DESTINATION_NOT_FOUND, () -> store(OTHER_ACCOUNT, STORE_ID, SELLER));
    }

    @Test
    void a_store_without_organization_number_takes_its_sellers() {
        assertThat(store(ACCOUNT, STORE_ID, SELLER).store().organizationNumber().orElseThrow().value())
                .isEqualTo(ORGANIZATION_NUMBER);
    }

    @Test
    void fields_the_merchant_gave_are_kept_when_the_rest_is_filled() {
        StoreView store = onboard.createStore().create(new CreateStoreCommand(ACCOUNT, STORE_ID, "Oslo Center",
                new StoreOrganizationInput(null, null, "Kaffe Sentrum"), new PayoutDestinationRefInput(SELLER), null,
                "+4790000000", null, null, null));

        assertThat(store.store().profile().contact().phoneNumber().value()).isEqualTo("+4790000000");
        assertThat(store.store().profile().contact().email().value()).isEqualTo("post@oslokaffe.no");
        assertThat(store.store().profile().names().tradeName()).isEqualTo("Kaffe Sentrum");
        assertThat(store.store().profile().names().name()).isEqualTo("Oslo Kaffe AS");
    }

    @Test
    void a_reserved_or_taken_store_id_is_refused() {
        store(ACCOUNT, STORE_ID, SELLER);

        refusal(ErrorCode.DUPLICATE_STORE_ID, () -> store(ACCOUNT, STORE_ID, SELLER));
        DomainException reserved = refusal(ErrorCode.VALIDATION_ERROR, () -> store(ACCOUNT, "T11223351-0099", SELLER));
        assertThat(reserved.fieldErrors()).extracting(FieldError::field).containsExactly("store_id");
    }

    @Test
    void relinking_to_a_seller_of_another_organization_rechecks_the_number() {
        store(ACCOUNT, STORE_ID, SELLER);
        activeSeller(ACCOUNT, "seller-2", OTHER_ORGANIZATION_NUMBER);

        StoreView relinked = onboard.updateStore().update(relink("seller-2", null));
        assertThat(relinked.store().payoutDestinationId().value()).isEqualTo("seller-2");
        assertThat(relinked.store().organizationNumber().orElseThrow().value()).isEqualTo(OTHER_ORGANIZATION_NUMBER);

        refusal(ErrorCode.ORGANIZATION_MISMATCH, () -> onboard.updateStore().update(relink(SELLER, OTHER_ORGANIZATION_NUMBER)));
    }

    @Test
    void a_store_with_terminals_cannot_be_deleted_until_they_are_removed() {
        store(ACCOUNT, STORE_ID, SELLER);
        terminal(ACCOUNT, "SERIAL-0001", STORE_ID);

        refusal(ErrorCode.STORE_HAS_TERMINALS, () -> onboard.deleteStore().delete(new DeleteStoreCommand(ACCOUNT, STORE_ID, null)));

        onboard.removeTerminal().remove(new TerminalCommand(ACCOUNT, "T11223351-T0001", null));
        StoreView deleted = onboard.deleteStore().delete(new DeleteStoreCommand(ACCOUNT, STORE_ID, null));
        assertThat(deleted.store().status()).isEqualTo(StoreStatus.DELETED);
        refusal(ErrorCode.DUPLICATE_STORE_ID, () -> store(ACCOUNT, STORE_ID, SELLER));
        refusal(ErrorCode.STORE_NOT_FOUND, () -> terminal(ACCOUNT, "SERIAL-0002", STORE_ID));
    }

    @Test
    void an_update_based_on_an_old_version_is_refused() {
        StoreView created = store(ACCOUNT, STORE_ID, SELLER);
        onboard.updateStore().update(rename(created.store().version(), "First"));

        refusal(ErrorCode.PRECONDITION_FAILED, () -> onboard.updateStore().update(rename(created.store().version(), "Second")));
        assertThat(onboard.getStore().get(ACCOUNT, STORE_ID).store().profile().name()).isEqualTo("First");
    }

    @Test
    void a_store_is_found_by_server_id_or_merchant_id_only_in_its_own_account() {
        StoreView created = store(ACCOUNT, STORE_ID, SELLER);

        assertThat(onboard.getStore().get(ACCOUNT, "T11223351-0001").store().storeId()).isEqualTo(created.store().storeId());
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getStore().get(OTHER_ACCOUNT, "T11223351-0001"));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getStore().get(OTHER_ACCOUNT, STORE_ID));
        refusal(ErrorCode.NOT_FOUND, () -> onboard.getStore().get(ACCOUNT, "'; DROP TABLE stores; --"));
    }

    @Test
    void stores_are_listed_in_creation_order_a_page_at_a_time_and_filtered() {
        for (int i = 1; i <= 5; i++) {
            store(ACCOUNT, "store-" + i, SELLER);
        }
        onboard.updateStore().update(new UpdateStoreCommand(ACCOUNT, "store-2", null, null, null, null, null, null, null,
                null, null, "INACTIVE"));

        Page<StoreView> first = onboard.listStores().list(new ListStoresQuery(ACCOUNT, 3, null, null, null));
        Page<StoreView> second = onboard.listStores().list(
                new ListStoresQuery(ACCOUNT, 3, first.next().orElseThrow().encode(), null, null));
        assertThat(first.items()).extracting(v -> v.store().storeId().value()).containsExactly("store-1", "store-2", "store-3");
        assertThat(second.items()).extracting(v -> v.store().storeId().value()).containsExactly("store-4", "store-5");
        assertThat(second.next()).isEmpty();
        assertThat(onboard.listStores().list(new ListStoresQuery(ACCOUNT, 10, null, SELLER, "INACTIVE")).items())
                .extracting(v -> v.store().storeId().value()).containsExactly("store-2");
        refusal(ErrorCode.INVALID_CURSOR, () -> onboard.listStores().list(new ListStoresQuery(ACCOUNT, 3, "garbage!", null, null)));
        refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.listStores().list(new ListStoresQuery(ACCOUNT, 101, null, null, null)));
    }

    private static UpdateStoreCommand relink(String sellerId, String organizationNumber) {
        return new UpdateStoreCommand(ACCOUNT, STORE_ID, null, null,
                organizationNumber == null ? null : new StoreOrganizationInput(organizationNumber, null, null),
                new PayoutDestinationRefInput(sellerId), null, null, null, null, null, null);
    }

    private static UpdateStoreCommand rename(long expectedVersion, String name) {
        return new UpdateStoreCommand(ACCOUNT, STORE_ID, expectedVersion, name, null, null, null, null, null, null, null, null);
    }
}
