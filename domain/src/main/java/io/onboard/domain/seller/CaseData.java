package io.onboard.domain.seller;

import io.onboard.domain.common.ContactDetails;
import java.util.Objects;

/**
 * The parts of a KYC case the seller may complete or correct until it is approved: organization names,
 * contact details, the bank account and the payout interval. In an update, null parts mean "unchanged".
 */
public record CaseData(Organization organization, ContactDetails contact, BankAccount bankAccount,
                       PayoutInterval payoutInterval) {
    public static final CaseData NONE = new CaseData(null, null, null, null);

    /** Absent names or contact details are empty ones, so every part can be merged without null checks. */
    public CaseData {
        organization = organization == null ? Organization.NONE : organization;
        contact = contact == null ? ContactDetails.NONE : contact;
    }

    /** This data with the given update's parts laid over it; contact details are replaced part by part. */
    public CaseData updatedWith(CaseData update) {
        Objects.requireNonNull(update, "update");
        return new CaseData(
                update.organization.orElse(organization),
                update.contact.orElse(contact),
                update.bankAccount != null ? update.bankAccount : bankAccount,
                update.payoutInterval != null ? update.payoutInterval : payoutInterval);
    }

    public boolean isEmpty() {
        return organization.equals(Organization.NONE) && contact.equals(ContactDetails.NONE)
                && bankAccount == null && payoutInterval == null;
    }
}
