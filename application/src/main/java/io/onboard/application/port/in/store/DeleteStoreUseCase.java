package io.onboard.application.port.in.store;

/** Soft-deletes a store that holds no terminals; its {@code store_id} stays taken. */
public interface DeleteStoreUseCase {
    StoreView delete(DeleteStoreCommand command);
}
