package io.onboard.domain.store;

import static io.onboard.domain.testdata.Refusals.refusal;
import static io.onboard.domain.testdata.Times.T0;
import static io.onboard.domain.testdata.Times.minutesLater;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Contacts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Revising, switching, deleting and verifying a store once it exists. */
class StoreLifecycleTest {
    private static final Instant LATER = minutesLater(5);
    private final PayoutDestination seller = Sellers.activeCompany(Accounts.TEST, "seller-1");
    private final Store store = Stores.aStore(seller, 1, "oslo-sentrum").storedAt(2);

    @Nested
    class Revising {
        @Test
        void a_revision_changes_the_given_parts_and_keeps_the_rest() {
            Store revised = store.revise(new StoreProfile("Oslo S", null, null, new Coordinates(59.91, 10.75)), LATER);

            assertThat(revised.profile().name()).isEqualTo("Oslo S");
            assertThat(revised.profile().coordinates()).isEqualTo(new Coordinates(59.91, 10.75));
            assertThat(revised.profile().names()).isEqualTo(store.profile().names());
            assertThat(revised.profile().contact()).isEqualTo(store.profile().contact());
            assertThat(revised.updatedAt()).isEqualTo(LATER);
            assertThat(revised.version()).isEqualTo(2);
        }

        @Test
        void contact_details_and_names_are_revised_part_by_part() {
            PhoneNumber newPhone = new PhoneNumber("+4791234567");

            Store revised = store.revise(new StoreProfile(null, new Organization(null, "Sentrum Kaffebar"),
                    new ContactDetails(null, newPhone, null, null), null), LATER);

            ContactDetails before = store.profile().contact();
            assertThat(revised.profile().contact()).isEqualTo(new ContactDetails(before.address(), newPhone, before.email(),
                    before.website()));
            assertThat(revised.profile().names()).isEqualTo(new Organization("Fjord Kaffe AS", "Sentrum Kaffebar"));
            assertThat(revised.profile().name()).isEqualTo(store.profile().name());
        }

        @Test
        void a_store_opened_without_names_or_contact_can_be_given_some_later() {
            Store bare = Store.open(StoreServerId.next(Accounts.TEST, 2), null, new StoreProfile("Kiosk", null, null, null),
                    null, Sellers.appliedCompany(Accounts.TEST, "pending"), T0);
            PhoneNumber phone = new PhoneNumber("+4791234567");

            Store revised = bare.revise(new StoreProfile(null, new Organization(null, "Kiosken"),
                    new ContactDetails(null, phone, null, null), null), LATER);

            assertThat(revised.profile().contact().phoneNumber()).isEqualTo(phone);
            assertThat(revised.profile().names().tradeName()).isEqualTo("Kiosken");
        }

        @Test
        void revising_does_not_touch_the_link_or_the_organization_number() {
            Store revised = store.revise(new StoreProfile("Oslo S", null, null, null), LATER);

            assertThat(revised.payoutDestinationId()).isEqualTo(store.payoutDestinationId());
            assertThat(revised.organizationNumber()).isEqualTo(store.organizationNumber());
            assertThat(revised.status()).isEqualTo(StoreStatus.ACTIVE);
        }
    }

    @Nested
    class Status {
        @Test
        void the_merchant_switches_a_store_off_and_on() {
            Store inactive = store.changeStatus(StoreStatus.INACTIVE, LATER);
            assertThat(inactive.status()).isEqualTo(StoreStatus.INACTIVE);
            assertThat(inactive.updatedAt()).isEqualTo(LATER);

            assertThat(inactive.changeStatus(StoreStatus.ACTIVE, LATER).status()).isEqualTo(StoreStatus.ACTIVE);
        }

        @Test
        void deleted_is_not_a_status_the_merchant_can_set() {
            InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                    () -> store.changeStatus(StoreStatus.DELETED, LATER));

            assertThat(refused.getMessage()).contains("deleting it");
        }

        @Test
        void statuses_parse_from_their_names() {
            assertThat(StoreStatus.parse("INACTIVE")).isEqualTo(StoreStatus.INACTIVE);
            assertThat(refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR, () -> StoreStatus.parse("active"))
                    .getMessage()).contains("ACTIVE, INACTIVE, DELETED");
        }
    }

    @Nested
    class Deleting {
        @Test
        void a_store_with_terminals_cannot_be_deleted() {
            ConflictException refused = refusal(ConflictException.class, ErrorCode.STORE_HAS_TERMINALS,
                    () -> store.delete(2, LATER));

            assertThat(refused.getMessage()).contains("oslo-sentrum", "2", "remove or move");
            assertThat(store.isDeleted()).isFalse();
        }

        @Test
        void a_store_without_terminals_is_soft_deleted() {
            Store deleted = store.delete(0, LATER);

            assertThat(deleted.status()).isEqualTo(StoreStatus.DELETED);
            assertThat(deleted.isDeleted()).isTrue();
            assertThat(deleted.updatedAt()).isEqualTo(LATER);
            assertThat(deleted.storeId()).isEqualTo(store.storeId());
            assertThat(deleted.profile()).isEqualTo(store.profile());
        }

        @Test
        void a_deleted_store_refuses_every_further_change() {
            Store deleted = store.delete(0, LATER);

            assertThat(refusal(ConflictException.class, ErrorCode.STORE_DELETED,
                    () -> deleted.revise(new StoreProfile("x", null, null, null), LATER)).getMessage())
                    .contains("oslo-sentrum", "deleted");
            refusal(ConflictException.class, ErrorCode.STORE_DELETED, () -> deleted.changeStatus(StoreStatus.ACTIVE, LATER));
            refusal(ConflictException.class, ErrorCode.STORE_DELETED, () -> deleted.delete(0, LATER));
            refusal(ConflictException.class, ErrorCode.STORE_DELETED, () -> deleted.linkTo(seller, null, LATER));
            refusal(ConflictException.class, ErrorCode.STORE_DELETED, deleted::ensureNotDeleted);
        }
    }

    @Nested
    class Verification {
        @Test
        void a_store_of_an_active_seller_with_the_same_organization_number_is_verified() {
            assertThat(store.isVerifiedBy(seller)).isTrue();
            assertThat(store.organizationMatches(seller)).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = CaseStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
        void a_store_of_a_seller_that_is_not_active_is_not_verified(CaseStatus status) {
            PayoutDestination notActive = Sellers.companyIn(Accounts.TEST, "seller-1", status);

            assertThat(store.isVerifiedBy(notActive)).isFalse();
        }

        @Test
        void a_store_is_not_verified_by_a_seller_it_is_not_linked_to() {
            assertThat(store.isVerifiedBy(Sellers.activeCompany(Accounts.TEST, "seller-2"))).isFalse();
        }

        @Test
        void a_store_whose_organization_number_differs_from_its_sellers_is_not_verified() {
            Store mismatched = Stores.restored(Accounts.TEST, 3, "drifted", Sellers.OTHER_ORG_NUMBER, seller.id(),
                    StoreStatus.ACTIVE);

            assertThat(mismatched.organizationMatches(seller)).isFalse();
            assertThat(mismatched.isVerifiedBy(seller)).isFalse();
        }

        @Test
        void a_store_of_an_active_individual_is_verified_without_organization_numbers() {
            PayoutDestination kari = Sellers.activeIndividual(Accounts.TEST, "kari");

            assertThat(Stores.aStore(kari, 4).isVerifiedBy(kari)).isTrue();
        }

        @Test
        void a_store_with_a_number_is_not_verified_by_an_individual_without_one() {
            PayoutDestination kari = Sellers.activeIndividual(Accounts.TEST, "kari");
            Store withNumber = Stores.restored(Accounts.TEST, 5, "kiosk", Sellers.ORG_NUMBER, kari.id(), StoreStatus.ACTIVE);

            assertThat(withNumber.isVerifiedBy(kari)).isFalse();
        }
    }

    @Test
    void stored_at_sets_the_version_and_nothing_else() {
        Store restored = store.storedAt(9);

        assertThat(restored.version()).isEqualTo(9);
        assertThat(restored.updatedAt()).isEqualTo(store.updatedAt());
        assertThat(restored.profile()).isEqualTo(store.profile());
        assertThat(restored.status()).isEqualTo(store.status());
        assertThat(store.version()).isEqualTo(2);
    }

    @Test
    void contacts_given_at_opening_survive_a_revision_of_other_parts() {
        Store own = Store.open(StoreServerId.next(Accounts.TEST, 6), null,
                new StoreProfile("Eget", Organization.NONE, Contacts.storeContact(), null), null, seller, T0);

        assertThat(own.revise(new StoreProfile("Eget 2", null, null, null), LATER).profile().contact())
                .isEqualTo(Contacts.storeContact());
    }
}
