package io.onboard.domain.store;

import static io.onboard.domain.testdata.Refusals.refusal;
import static io.onboard.domain.testdata.Times.T0;
import static io.onboard.domain.testdata.Times.minutesLater;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutInterval;
import io.onboard.domain.seller.ScreeningOutcome;
import io.onboard.domain.seller.ValidatedOrganizationData;
import io.onboard.domain.testdata.Accounts;
import io.onboard.domain.testdata.Contacts;
import io.onboard.domain.testdata.Sellers;
import io.onboard.domain.testdata.Stores;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** SPEC 3 rules 1 to 4: which seller a store may be linked to, its organization number, and what it inherits. */
class StoreLinkingTest {
    private static final Instant LATER = minutesLater(5);
    private static final StoreServerId SERVER_ID = StoreServerId.next(Accounts.TEST, 26);

    private static Store open(StoreProfile profile, OrganizationNumber given, PayoutDestination seller) {
        return Store.open(SERVER_ID, null, profile, given, seller, T0);
    }

    @Nested
    class Opening {
        @Test
        void without_a_merchant_store_id_the_store_is_known_by_its_server_id() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s"));

            assertThat(store.id()).isEqualTo(SERVER_ID);
            assertThat(store.storeId()).isEqualTo(new StoreId("T11223351-0026"));
        }

        @Test
        void a_merchant_store_id_is_kept() {
            Store store = Store.open(SERVER_ID, StoreId.chosenByClient("oslo-sentrum"), Stores.named("Oslo Sentrum"), null,
                    Sellers.appliedCompany(Accounts.TEST, "s"), T0);

            assertThat(store.storeId()).isEqualTo(new StoreId("oslo-sentrum"));
            assertThat(store.id()).isEqualTo(SERVER_ID);
        }

        @Test
        void a_new_store_is_active_unversioned_and_linked_to_the_seller() {
            PayoutDestination seller = Sellers.appliedCompany(Accounts.TEST, "seller-1");

            Store store = open(Stores.named("Oslo Sentrum"), null, seller);

            assertThat(store.status()).isEqualTo(StoreStatus.ACTIVE);
            assertThat(store.isDeleted()).isFalse();
            assertThat(store.version()).isZero();
            assertThat(store.createdAt()).isEqualTo(T0);
            assertThat(store.updatedAt()).isEqualTo(T0);
            assertThat(store.accountId()).isEqualTo(Accounts.TEST);
            assertThat(store.payoutDestinationId()).isEqualTo(Sellers.id("seller-1"));
            assertThat(store.profile().name()).isEqualTo("Oslo Sentrum");
        }

        @Test
        void a_store_needs_a_name() {
            InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                    () -> open(Stores.named("  "), null, Sellers.appliedCompany(Accounts.TEST, "s")));

            assertThat(refused.getMessage()).contains("store name is required");
        }

        @Test
        void a_store_name_is_at_most_100_characters() {
            InvalidValueException refused = refusal(InvalidValueException.class, ErrorCode.VALIDATION_ERROR,
                    () -> Stores.named("x".repeat(101)));

            assertThat(refused.getMessage()).contains("store name", "at most 100");
        }
    }

    @Nested
    class OrganizationNumbers {
        @Test
        void an_omitted_organization_number_is_taken_from_the_seller() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s"));

            assertThat(store.organizationNumber()).contains(Sellers.ORG_NUMBER);
        }

        @Test
        void the_sellers_own_organization_number_may_be_given() {
            Store store = open(Stores.named("Oslo Sentrum"), OrganizationNumber.of(Contacts.NO, "923 663 487"),
                    Sellers.appliedCompany(Accounts.TEST, "s"));

            assertThat(store.organizationNumber()).contains(Sellers.ORG_NUMBER);
        }

        @Test
        void another_organization_number_is_refused_as_a_mismatch_naming_both() {
            RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.ORGANIZATION_MISMATCH,
                    () -> open(Stores.named("Oslo Sentrum"), Sellers.OTHER_ORG_NUMBER,
                            Sellers.appliedCompany(Accounts.TEST, "seller-1")));

            assertThat(refused.getMessage()).contains("984712650", "923663487", "seller-1");
        }

        @Test
        void an_individual_sellers_store_has_no_organization_number() {
            Store store = open(Stores.named("Kiosk"), null, Sellers.appliedIndividual(Accounts.TEST, "kari"));

            assertThat(store.organizationNumber()).isEmpty();
        }

        @Test
        void giving_an_organization_number_for_an_individual_seller_is_a_mismatch() {
            RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.ORGANIZATION_MISMATCH,
                    () -> open(Stores.named("Kiosk"), Sellers.ORG_NUMBER, Sellers.appliedIndividual(Accounts.TEST, "kari")));

            assertThat(refused.getMessage()).contains("923663487", "kari", "individual");
        }

        @Test
        void a_seller_of_another_account_is_reported_as_not_found() {
            RuleViolationException refused = refusal(RuleViolationException.class, ErrorCode.PAYOUT_DESTINATION_NOT_FOUND,
                    () -> open(Stores.named("Oslo Sentrum"), null, Sellers.activeCompany(Accounts.OTHER, "foreign")));

            assertThat(refused.getMessage()).contains("foreign", Accounts.TEST.value());
        }
    }

    @Nested
    class FillingFromValidatedData {
        @Test
        void a_store_of_an_active_seller_fills_every_empty_field_from_the_validated_data() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.activeCompany(Accounts.TEST, "s"));

            assertThat(store.profile().name()).isEqualTo("Oslo Sentrum");
            assertThat(store.profile().names()).isEqualTo(Sellers.organization());
            assertThat(store.profile().contact()).isEqualTo(Contacts.sellerContact());
        }

        @Test
        void fields_the_merchant_gave_are_kept() {
            Email ownEmail = new Email("sentrum@fjordkaffe.no");
            StoreProfile given = new StoreProfile("Oslo Sentrum", new Organization(null, "Kaffebar Sentrum"),
                    new ContactDetails(Contacts.storeAddress(), null, ownEmail, null), new Coordinates(59.91, 10.75));

            Store store = open(given, null, Sellers.activeCompany(Accounts.TEST, "s"));

            ContactDetails seller = Contacts.sellerContact();
            assertThat(store.profile().names()).isEqualTo(new Organization("Fjord Kaffe AS", "Kaffebar Sentrum"));
            assertThat(store.profile().contact()).isEqualTo(new ContactDetails(Contacts.storeAddress(), seller.phoneNumber(),
                    ownEmail, seller.website()));
            assertThat(store.profile().coordinates()).isEqualTo(new Coordinates(59.91, 10.75));
        }

        @Test
        void a_store_with_no_names_or_contact_at_all_is_filled_too() {
            Store store = open(new StoreProfile("Oslo Sentrum", null, null, null), null,
                    Sellers.activeCompany(Accounts.TEST, "s"));

            assertThat(store.profile().names()).isEqualTo(Sellers.organization());
            assertThat(store.profile().contact()).isEqualTo(Contacts.sellerContact());
        }

        @Test
        void a_store_of_a_seller_still_in_kyc_is_not_filled() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.companyUnderManualReview(Accounts.TEST, "s"));

            assertThat(store.profile()).isEqualTo(Stores.named("Oslo Sentrum"));
        }

        @Test
        void a_store_of_a_terminated_seller_is_not_filled_even_though_it_was_once_validated() {
            PayoutDestination terminated = Sellers.companyIn(Accounts.TEST, "s", CaseStatus.TERMINATED);
            assertThat(terminated.validatedData()).isPresent();

            Store store = open(Stores.named("Oslo Sentrum"), null, terminated);

            assertThat(store.profile()).isEqualTo(Stores.named("Oslo Sentrum"));
        }

        @Test
        void filling_uses_the_validated_data_not_the_sellers_current_data() {
            ValidatedOrganizationData validated = new ValidatedOrganizationData(new Organization("Validert AS", null),
                    new ContactDetails(null, new PhoneNumber("+4712345678"), null, null), T0);
            PayoutDestination seller = PayoutDestination.restore(Accounts.TEST, Sellers.id("s"), null, null,
                    Sellers.company(), Sellers.completeData(), CaseStatus.ACTIVE, null, validated, T0, T0, 1);

            Store store = open(Stores.named("Oslo Sentrum"), null, seller);

            assertThat(store.profile().names()).isEqualTo(new Organization("Validert AS", null));
            assertThat(store.profile().contact()).isEqualTo(new ContactDetails(null, new PhoneNumber("+4712345678"), null, null));
        }

        @Test
        void when_the_seller_becomes_active_later_the_store_is_filled_and_touched() {
            PayoutDestination pending = Sellers.companyInAutomaticReview(Accounts.TEST, "s");
            Store store = open(Stores.named("Oslo Sentrum"), null, pending);
            ValidatedOrganizationData validated = pending.screened(ScreeningOutcome.PASSED, LATER)
                    .validatedData().orElseThrow();

            Store filled = store.fillFrom(validated, LATER);

            assertThat(filled.profile().contact()).isEqualTo(Contacts.sellerContact());
            assertThat(filled.profile().names()).isEqualTo(Sellers.organization());
            assertThat(filled.updatedAt()).isEqualTo(LATER);
            assertThat(filled.createdAt()).isEqualTo(T0);
            assertThat(store.profile()).isEqualTo(Stores.named("Oslo Sentrum"));
        }

        @Test
        void filling_a_store_that_lacks_nothing_leaves_it_untouched() {
            StoreProfile complete = new StoreProfile("Oslo Sentrum", new Organization("Eget AS", "Eget"),
                    Contacts.storeContact(), null);
            Store store = open(complete, null, Sellers.appliedCompany(Accounts.TEST, "s"));

            Store filled = store.fillFrom(new ValidatedOrganizationData(Sellers.organization(), Contacts.sellerContact(), T0),
                    LATER);

            assertThat(filled.profile()).isEqualTo(complete);
            assertThat(filled.updatedAt()).isEqualTo(T0);
        }
    }

    @Nested
    class Relinking {
        private final OrganizationNumber nordlysNumber = Sellers.OTHER_ORG_NUMBER;
        private final ContactDetails nordlysContact = new ContactDetails(
                new Address("Nordlysveien 3", null, "9008", "Tromsø", Contacts.NO), new PhoneNumber("+4777665544"),
                new Email("post@nordlys.no"), new Website("https://nordlys.no"));
        private final PayoutDestination nordlys = Sellers.activeCompany(Accounts.TEST, "nordlys", nordlysNumber,
                new CaseData(new Organization("Nordlys Handel AS", "Nordlys"), nordlysContact, Sellers.BANK_ACCOUNT,
                        PayoutInterval.WEEK));

        @Test
        void relinking_takes_the_new_sellers_organization_number_when_none_is_given() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s"));

            Store relinked = store.linkTo(nordlys, null, LATER);

            assertThat(relinked.payoutDestinationId()).isEqualTo(Sellers.id("nordlys"));
            assertThat(relinked.organizationNumber()).contains(nordlysNumber);
            assertThat(relinked.updatedAt()).isEqualTo(LATER);
            assertThat(relinked.id()).isEqualTo(store.id());
            assertThat(relinked.storeId()).isEqualTo(store.storeId());
        }

        @Test
        void relinking_with_the_old_organization_number_is_a_mismatch() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s"));

            refusal(RuleViolationException.class, ErrorCode.ORGANIZATION_MISMATCH,
                    () -> store.linkTo(nordlys, Sellers.ORG_NUMBER, LATER));
        }

        @Test
        void relinking_to_a_seller_of_another_account_is_refused_as_not_found() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s"));

            refusal(RuleViolationException.class, ErrorCode.PAYOUT_DESTINATION_NOT_FOUND,
                    () -> store.linkTo(Sellers.activeCompany(Accounts.OTHER, "nordlys"), null, LATER));
        }

        @Test
        void relinking_to_an_active_seller_fills_the_empty_fields_from_it() {
            Store store = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s"));

            Store relinked = store.linkTo(nordlys, null, LATER);

            assertThat(relinked.profile().names()).isEqualTo(new Organization("Nordlys Handel AS", "Nordlys"));
            assertThat(relinked.profile().contact()).isEqualTo(nordlysContact);
        }

        @Test
        void relinking_to_another_active_seller_replaces_what_the_previous_seller_filled_in() {
            Email ownEmail = new Email("sentrum@fjordkaffe.no");
            Store store = open(new StoreProfile("Oslo Sentrum", Organization.NONE,
                    new ContactDetails(null, null, ownEmail, null), null), null, Sellers.activeCompany(Accounts.TEST, "s"));
            assertThat(store.profile().names()).isEqualTo(Sellers.organization());

            Store relinked = store.linkTo(nordlys, null, LATER);

            assertThat(relinked.profile().names())
                    .as("the merchant never gave organization names; they must be the new seller's, not the old one's")
                    .isEqualTo(new Organization("Nordlys Handel AS", "Nordlys"));
            assertThat(relinked.profile().contact()).isEqualTo(new ContactDetails(nordlysContact.address(),
                    nordlysContact.phoneNumber(), ownEmail, nordlysContact.website()));
        }

        @Test
        void a_deleted_store_cannot_be_relinked() {
            Store deleted = open(Stores.named("Oslo Sentrum"), null, Sellers.appliedCompany(Accounts.TEST, "s")).delete(0, LATER);

            refusal(ConflictException.class, ErrorCode.STORE_DELETED, () -> deleted.linkTo(nordlys, null, LATER));
        }
    }
}
