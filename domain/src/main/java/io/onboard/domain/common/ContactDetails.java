package io.onboard.domain.common;

/**
 * Where a seller or store can be reached. Every part may be null (not given); {@link #orElse} fills the
 * gaps from another set of details, keeping what was given.
 */
public record ContactDetails(Address address, PhoneNumber phoneNumber, Email email, Website website) {
    public static final ContactDetails NONE = new ContactDetails(null, null, null, null);

    /** These details with every missing part taken from {@code fallback}. */
    public ContactDetails orElse(ContactDetails fallback) {
        return new ContactDetails(
                address != null ? address : fallback.address,
                phoneNumber != null ? phoneNumber : fallback.phoneNumber,
                email != null ? email : fallback.email,
                website != null ? website : fallback.website);
    }

    public boolean isComplete() {
        return address != null && phoneNumber != null && email != null;
    }
}
