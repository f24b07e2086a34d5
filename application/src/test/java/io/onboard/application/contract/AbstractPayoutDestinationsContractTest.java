package io.onboard.application.contract;

import static io.onboard.application.contract.StoredState.assertSameSeller;
import static io.onboard.application.testdata.Aggregates.NO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.PayoutDestinationQuery;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.application.testdata.Aggregates;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.Individual;
import io.onboard.domain.seller.LegalEntity;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import io.onboard.domain.seller.ScreeningOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link PayoutDestinations}: what every storage adapter must do with sellers. */
public abstract class AbstractPayoutDestinationsContractTest extends PortContractTest {
    protected PayoutDestinations sellers;

    @BeforeEach
    protected void addAccounts() {
        sellers = storage.payoutDestinations();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
    }

    @Test
    public void adding_a_seller_stores_it_at_version_1_and_find_returns_it_unchanged() {
        PayoutDestination seller = PayoutDestination.apply(ACCOUNT, new PayoutDestinationId("seller-1"), "Oslo Kaffe",
                "Coffee bar\nin the centre", LegalEntity.company(OrganizationNumber.of(NO, organizationNumber(1))),
                Aggregates.completeCaseData(), T0);

        PayoutDestination added = sellers.add(seller);

        assertThat(added.version()).isEqualTo(1);
        assertSameSeller(added, seller.storedAt(1));
        assertSameSeller(sellers.get(ACCOUNT, seller.id()), seller.storedAt(1));
    }

    @Test
    public void a_seller_with_an_active_case_validated_data_and_a_reason_round_trips() {
        PayoutDestination approved = Aggregates.applicant(ACCOUNT, "seller-1", organizationNumber(1), T0)
                .submitDeclaration(CaseData.NONE, minutesAfterStart(1))
                .sign(minutesAfterStart(2))
                .screened(ScreeningOutcome.FLAGGED, minutesAfterStart(3))
                .approve("documents checked by hand", minutesAfterStart(4));
        assertThat(approved.caseStatus()).isEqualTo(CaseStatus.ACTIVE);
        assertThat(approved.validatedData()).isPresent();

        sellers.add(approved);

        assertSameSeller(sellers.get(ACCOUNT, approved.id()), approved.storedAt(1));
    }

    @Test
    public void an_individual_seller_with_partial_contact_details_round_trips() {
        CaseData data = new CaseData(Organization.NONE,
                new ContactDetails(new Address("Storgata 2", "H0101", "0155", "Oslo", NO), null, new Email("kari@example.no"), null),
                null, PayoutInterval.MONTH);
        PayoutDestination individual = PayoutDestination.apply(ACCOUNT, new PayoutDestinationId("kari"), null, null,
                LegalEntity.individual(new Individual("Kari Nordmann", LocalDate.of(1985, 3, 14)), NO), data, T0);

        sellers.add(individual);

        assertSameSeller(sellers.get(ACCOUNT, individual.id()), individual.storedAt(1));
    }

    @Test
    public void a_seller_without_any_case_data_yet_round_trips() {
        PayoutDestination bare = PayoutDestination.apply(ACCOUNT, new PayoutDestinationId("bare"), null, null,
                LegalEntity.company(OrganizationNumber.of(NO, organizationNumber(1))), CaseData.NONE, T0);

        sellers.add(bare);

        assertSameSeller(sellers.get(ACCOUNT, bare.id()), bare.storedAt(1));
    }

    @Test
    public void a_taken_seller_id_is_refused_in_the_same_account_but_free_in_another() {
        addApplicant(ACCOUNT, "seller-1", 1, T0);

        assertConflict(() -> sellers.add(Aggregates.applicant(ACCOUNT, "seller-1", organizationNumber(2), T0)),
                ErrorCode.DUPLICATE_PAYOUT_DESTINATION);
        PayoutDestination elsewhere = addApplicant(OTHER_ACCOUNT, "seller-1", 2, T0);

        assertThat(sellers.get(ACCOUNT, elsewhere.id()).legalEntity().organizationNumber().value())
                .isEqualTo(organizationNumber(1));
        assertSameSeller(sellers.get(OTHER_ACCOUNT, elsewhere.id()), elsewhere);
    }

    @Test
    public void a_second_seller_for_the_same_legal_entity_is_refused_in_the_same_account_but_not_in_another() {
        addApplicant(ACCOUNT, "seller-1", 1, T0);

        assertConflict(() -> sellers.add(Aggregates.applicant(ACCOUNT, "seller-2", organizationNumber(1), T0)),
                ErrorCode.DUPLICATE_LEGAL_ENTITY);
        addApplicant(OTHER_ACCOUNT, "seller-2", 1, T0);

        assertThat(sellers.find(ACCOUNT, new PayoutDestinationId("seller-2"))).isEmpty();
        assertThat(sellers.find(OTHER_ACCOUNT, new PayoutDestinationId("seller-2"))).isPresent();
    }

    @Test
    public void the_same_organization_number_of_another_country_is_another_legal_entity() {
        addApplicant(ACCOUNT, "norwegian", 1, T0);
        PayoutDestination british = PayoutDestination.apply(ACCOUNT, new PayoutDestinationId("british"), null, null,
                LegalEntity.company(OrganizationNumber.of(CountryCode.of("GB"), organizationNumber(1))), CaseData.NONE, T0);

        sellers.add(british);

        assertSameSeller(sellers.get(ACCOUNT, british.id()), british.storedAt(1));
    }

    @Test
    public void individuals_have_no_organization_number_to_clash_on() {
        for (String id : List.of("kari", "ola")) {
            sellers.add(PayoutDestination.apply(ACCOUNT, new PayoutDestinationId(id), null, null,
                    LegalEntity.individual(new Individual("Person " + id, LocalDate.of(1990, 1, 1)), NO), CaseData.NONE, T0));
        }

        assertThat(list(ACCOUNT, Optional.empty()).items()).extracting(p -> p.id().value()).containsExactly("kari", "ola");
    }

    @Test
    public void updating_raises_the_version_by_one_and_stores_the_changes() {
        PayoutDestination added = addApplicant(ACCOUNT, "seller-1", 1, T0);
        PayoutDestination declared = added.submitDeclaration(
                new CaseData(new Organization("Oslo Kaffe Holding AS", null), null, null, PayoutInterval.WEEK),
                minutesAfterStart(1));

        PayoutDestination updated = sellers.update(declared);
        PayoutDestination signed = sellers.update(sellers.get(ACCOUNT, added.id()).sign(minutesAfterStart(2)));

        assertSameSeller(updated, declared.storedAt(2));
        assertThat(signed.version()).isEqualTo(3);
        assertSameSeller(sellers.get(ACCOUNT, added.id()), updated.sign(minutesAfterStart(2)).storedAt(3));
    }

    @Test
    public void an_update_based_on_a_stale_version_is_refused_and_changes_nothing() {
        PayoutDestination added = addApplicant(ACCOUNT, "seller-1", 1, T0);
        PayoutDestination first = sellers.update(added.submitDeclaration(CaseData.NONE, minutesAfterStart(1)));

        assertConflict(() -> sellers.update(added.archive(minutesAfterStart(2))), ErrorCode.CONCURRENT_MODIFICATION);

        assertSameSeller(sellers.get(ACCOUNT, added.id()), first);
    }

    @Test
    public void updating_a_seller_that_was_never_added_is_refused_as_not_found() {
        PayoutDestination unknown = Aggregates.applicant(ACCOUNT, "ghost", organizationNumber(1), T0).storedAt(1);

        assertThatThrownBy(() -> sellers.update(unknown.archive(minutesAfterStart(1)))).isInstanceOf(NotFoundException.class);
        assertThat(sellers.find(ACCOUNT, unknown.id())).isEmpty();
    }

    @Test
    public void find_sees_only_the_account_s_own_sellers() {
        PayoutDestination seller = addApplicant(ACCOUNT, "seller-1", 1, T0);

        assertThat(sellers.find(OTHER_ACCOUNT, seller.id())).isEmpty();
        assertThat(sellers.find(ACCOUNT, new PayoutDestinationId("seller-2"))).isEmpty();
        assertThatThrownBy(() -> sellers.get(OTHER_ACCOUNT, seller.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void find_by_organization_number_finds_the_seller_of_that_legal_entity_in_the_account() {
        PayoutDestination mine = addApplicant(ACCOUNT, "seller-1", 1, T0);
        addApplicant(ACCOUNT, "seller-2", 2, T0);
        PayoutDestination theirs = addApplicant(OTHER_ACCOUNT, "theirs", 1, T0);
        OrganizationNumber number = OrganizationNumber.of(NO, organizationNumber(1));

        assertThat(sellers.findByOrganizationNumber(ACCOUNT, number)).hasValueSatisfying(found -> assertSameSeller(found, mine));
        assertThat(sellers.findByOrganizationNumber(OTHER_ACCOUNT, number)).hasValueSatisfying(found -> assertSameSeller(found, theirs));
        assertThat(sellers.findByOrganizationNumber(ACCOUNT, OrganizationNumber.of(NO, organizationNumber(3)))).isEmpty();
    }

    @Test
    public void list_returns_sellers_in_creation_order_and_by_id_when_created_at_the_same_time() {
        addApplicant(ACCOUNT, "b", 1, minutesAfterStart(1));
        addApplicant(ACCOUNT, "c", 2, T0);
        addApplicant(ACCOUNT, "a", 3, minutesAfterStart(1));

        assertThat(list(ACCOUNT, Optional.empty()).items()).extracting(p -> p.id().value()).containsExactly("c", "a", "b");
    }

    @Test
    public void list_filters_by_case_status() {
        addApplicant(ACCOUNT, "applicant-1", 1, T0);
        addActiveSeller(ACCOUNT, "active", 2, minutesAfterStart(1));
        addApplicant(ACCOUNT, "applicant-2", 3, minutesAfterStart(2));

        assertThat(list(ACCOUNT, Optional.of(CaseStatus.WAITING_FOR_DECLARATION)).items()).extracting(p -> p.id().value())
                .containsExactly("applicant-1", "applicant-2");
        assertThat(list(ACCOUNT, Optional.of(CaseStatus.ACTIVE)).items()).extracting(p -> p.id().value())
                .containsExactly("active");
        assertThat(list(ACCOUNT, Optional.of(CaseStatus.DECLINED)).items()).isEmpty();
    }

    @Test
    public void list_leaves_out_other_accounts_sellers() {
        addApplicant(ACCOUNT, "mine", 1, T0);
        addApplicant(OTHER_ACCOUNT, "theirs", 2, T0);

        assertThat(list(ACCOUNT, Optional.empty()).items()).extracting(p -> p.id().value()).containsExactly("mine");
        assertThat(list(OTHER_ACCOUNT, Optional.empty()).items()).extracting(p -> p.id().value()).containsExactly("theirs");
    }

    @Test
    public void walking_pages_of_two_visits_each_seller_once_in_creation_order() {
        addApplicant(ACCOUNT, "s-d", 1, minutesAfterStart(2));
        addApplicant(ACCOUNT, "s-b", 2, minutesAfterStart(1));
        addApplicant(ACCOUNT, "s-a", 3, minutesAfterStart(1));
        addApplicant(ACCOUNT, "s-e", 4, T0);
        addApplicant(ACCOUNT, "s-c", 5, minutesAfterStart(1));

        List<Page<PayoutDestination>> pages = Pages.walk(2,
                page -> sellers.list(new PayoutDestinationQuery(ACCOUNT, Optional.empty(), page)));

        assertThat(Pages.sizes(pages)).containsExactly(2, 2, 1);
        assertThat(Pages.items(pages, p -> p.id().value())).containsExactly("s-e", "s-a", "s-b", "s-c", "s-d");
        assertThat(pages.get(pages.size() - 1).next()).isEmpty();
    }

    private Page<PayoutDestination> list(AccountId account, Optional<CaseStatus> status) {
        return sellers.list(new PayoutDestinationQuery(account, status, PageRequest.first(PageRequest.MAX_LIMIT)));
    }
}
