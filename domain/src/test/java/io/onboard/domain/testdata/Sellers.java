package io.onboard.domain.testdata;

import static io.onboard.domain.testdata.Times.T0;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.seller.BankAccount;
import io.onboard.domain.seller.BankAccountType;
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
import io.onboard.domain.seller.ValidatedOrganizationData;
import java.time.LocalDate;

/**
 * Sellers (payout destinations) in the states tests need. Active ones get there through the real
 * lifecycle (declaration, signature, screening), so their validated data is what the domain captured.
 */
public final class Sellers {
    /** The seed's organization number. */
    public static final OrganizationNumber ORG_NUMBER = OrganizationNumber.of(Contacts.NO, "923663487");
    /** Another valid Norwegian organization number (control digit 0). */
    public static final OrganizationNumber OTHER_ORG_NUMBER = OrganizationNumber.of(Contacts.NO, "984712650");
    public static final BankAccount BANK_ACCOUNT = new BankAccount("86011117947", BankAccountType.BBAN,
            CurrencyCode.of("NOK"), Contacts.NO, "DNBANOKK");

    private Sellers() {
    }

    public static PayoutDestinationId id(String value) {
        return new PayoutDestinationId(value);
    }

    public static Organization organization() {
        return new Organization("Fjord Kaffe AS", "Fjord Kaffe");
    }

    public static CaseData completeData() {
        return new CaseData(organization(), Contacts.sellerContact(), BANK_ACCOUNT, PayoutInterval.DAY);
    }

    public static LegalEntity company() {
        return LegalEntity.company(ORG_NUMBER);
    }

    public static LegalEntity individualPerson() {
        return LegalEntity.individual(new Individual("Kari Nordmann", LocalDate.of(1985, 5, 17)), Contacts.NO);
    }

    /** A company that has just applied: {@code WAITING_FOR_DECLARATION}. */
    public static PayoutDestination appliedCompany(AccountId aid, String id) {
        return PayoutDestination.apply(aid, id(id), "Fjord Kaffe", null, company(), completeData(), T0);
    }

    public static PayoutDestination companyInAutomaticReview(AccountId aid, String id) {
        return appliedCompany(aid, id).submitDeclaration(null, T0).sign(T0);
    }

    public static PayoutDestination companyUnderManualReview(AccountId aid, String id) {
        return companyInAutomaticReview(aid, id).screened(ScreeningOutcome.FLAGGED, T0);
    }

    /** A company whose case passed screening and is {@code ACTIVE}. */
    public static PayoutDestination activeCompany(AccountId aid, String id) {
        return companyInAutomaticReview(aid, id).screened(ScreeningOutcome.PASSED, T0);
    }

    /** An active company with its own organization number and data. */
    public static PayoutDestination activeCompany(AccountId aid, String id, OrganizationNumber number, CaseData data) {
        return PayoutDestination.apply(aid, id(id), null, null, LegalEntity.company(number), data, T0)
                .submitDeclaration(null, T0).sign(T0).screened(ScreeningOutcome.PASSED, T0);
    }

    public static PayoutDestination appliedIndividual(AccountId aid, String id) {
        return PayoutDestination.apply(aid, id(id), "Kari", null, individualPerson(), completeData(), T0);
    }

    public static PayoutDestination activeIndividual(AccountId aid, String id) {
        return appliedIndividual(aid, id).submitDeclaration(null, T0).sign(T0).screened(ScreeningOutcome.PASSED, T0);
    }

    /** A company rebuilt from storage in any case status; validated data present when it is or was active. */
    public static PayoutDestination companyIn(AccountId aid, String id, CaseStatus status) {
        boolean wasActive = status == CaseStatus.ACTIVE || status == CaseStatus.TERMINATED;
        ValidatedOrganizationData validated = wasActive
                ? new ValidatedOrganizationData(organization(), Contacts.sellerContact(), T0) : null;
        return PayoutDestination.restore(aid, id(id), "Fjord Kaffe", null, company(), completeData(), status, null,
                validated, T0, T0, 1);
    }

    /** An update that touches only (parts of) the contact details, for merge tests. */
    public static CaseData contactUpdate(ContactDetails contact) {
        return new CaseData(null, contact, null, null);
    }
}
