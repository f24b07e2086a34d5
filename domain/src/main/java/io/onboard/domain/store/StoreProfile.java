package io.onboard.domain.store;

import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.Text;
import io.onboard.domain.seller.Organization;

/**
 * What a store says about itself: its name, the organization names and contact details on its receipts,
 * and where it is. In a revision, null parts mean "unchanged".
 */
public record StoreProfile(String name, Organization names, ContactDetails contact, Coordinates coordinates) {
    public static final int MAX_NAME_LENGTH = 100;

    /** Absent names or contact details are empty ones, so every part can be merged without null checks. */
    public StoreProfile {
        name = Text.optional(name, MAX_NAME_LENGTH, "store name");
        names = names == null ? Organization.NONE : names;
        contact = contact == null ? ContactDetails.NONE : contact;
    }

    /** This profile with the revision's given parts laid over it. */
    public StoreProfile revisedBy(StoreProfile revision) {
        return new StoreProfile(
                revision.name != null ? revision.name : name,
                revision.names.orElse(names),
                revision.contact.orElse(contact),
                revision.coordinates != null ? revision.coordinates : coordinates);
    }
}
