package io.onboard.application.service;

import io.onboard.application.port.in.store.DeleteStoreCommand;
import io.onboard.application.port.in.store.DeleteStoreUseCase;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Terminals;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreRef;

/** Soft-deletes a store, counting its terminals in the same transaction so none can slip in meanwhile. */
public final class DeleteStoreService implements DeleteStoreUseCase {
    private final Stores stores;
    private final Terminals terminals;
    private final StoreViews views;
    private final Transactions transactions;
    private final Clock clock;

    DeleteStoreService(Stores stores, Terminals terminals, StoreViews views, Transactions transactions, Clock clock) {
        this.stores = stores;
        this.terminals = terminals;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StoreView delete(DeleteStoreCommand command) {
        StoreRef ref = Lookups.storeRef(command.store());
        return transactions.inTransaction(() -> {
            Store store = stores.get(command.accountId(), ref);
            Versions.require(command.expectedVersion(), store.version(), "store", store.storeId().value());
            Store deleted = store.delete(terminals.countLiveIn(store.id()), clock.now());
            return views.of(stores.update(deleted));
        });
    }
}
