package io.onboard.application.port.in.store;

import io.onboard.domain.seller.OrganizationNumber;

/** A store's organization as a client sends it: the number must be the seller's, or left out to take it. */
public record StoreOrganizationInput(String organizationNumber, String name, String tradeName) {
    /** The store's legal entity by organization number; its names come from the seller's KYC data. */
    public static StoreOrganizationInput number(String organizationNumber) {
        return new StoreOrganizationInput(organizationNumber, null, null);
    }

    public static StoreOrganizationInput number(OrganizationNumber organizationNumber) {
        return number(organizationNumber.value());
    }

    /** The same organization with the registered name the store shows. */
    public StoreOrganizationInput named(String name) {
        return new StoreOrganizationInput(organizationNumber, name, tradeName);
    }

    /** The same organization with the name the store trades under. */
    public StoreOrganizationInput tradingAs(String tradeName) {
        return new StoreOrganizationInput(organizationNumber, name, tradeName);
    }
}
