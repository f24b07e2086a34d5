package io.onboard.representation;

import io.onboard.domain.seller.Organization;

/** {@code organization} of a seller in responses. */
public record OrganizationJson(String name, String tradeName) {
    static OrganizationJson from(Organization organization) {
        return new OrganizationJson(organization.name(), organization.tradeName());
    }
}
