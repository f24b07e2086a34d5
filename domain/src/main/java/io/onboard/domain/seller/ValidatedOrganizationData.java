package io.onboard.domain.seller;

import io.onboard.domain.common.ContactDetails;
import java.time.Instant;
import java.util.Objects;

/**
 * The seller's organization names and contact details as they stood when its case became {@code ACTIVE}.
 * Stores linked to the seller fill their empty fields from this, never from later, unreviewed data.
 */
public record ValidatedOrganizationData(Organization organization, ContactDetails contact, Instant validatedAt) {
    public ValidatedOrganizationData {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(validatedAt, "validatedAt");
    }
}
