package io.onboard.application.port.in.store;

/** Changes a store's details, status or seller. */
public interface UpdateStoreUseCase {
    StoreView update(UpdateStoreCommand command);
}
