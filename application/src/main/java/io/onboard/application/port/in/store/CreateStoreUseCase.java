package io.onboard.application.port.in.store;

/** Opens a store linked to a seller; linked to an {@code ACTIVE} seller, its empty fields are filled from KYC data. */
public interface CreateStoreUseCase {
    StoreView create(CreateStoreCommand command);
}
