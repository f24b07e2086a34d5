package io.onboard.application.port.in.store;

/** A store's organization as a client sends it: the number must be the seller's, or left out to take it. */
public record StoreOrganizationInput(String organizationNumber, String name, String tradeName) {
}
