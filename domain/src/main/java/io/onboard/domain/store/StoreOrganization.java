package io.onboard.domain.store;

import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.OrganizationNumber;
import java.util.Objects;
import java.util.Optional;

/** The organization a store trades as: the number (which must be its seller's) and the names on receipts. */
public record StoreOrganization(OrganizationNumber organizationNumber, Organization names) {
    public StoreOrganization {
        Objects.requireNonNull(names, "names");
    }

    public Optional<OrganizationNumber> organizationNumberIfAny() {
        return Optional.ofNullable(organizationNumber);
    }
}
