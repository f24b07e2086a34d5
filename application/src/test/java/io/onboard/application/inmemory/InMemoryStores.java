package io.onboard.application.inmemory;

import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.StoreQuery;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import java.util.List;
import java.util.Optional;

/** In-memory stores. */
final class InMemoryStores implements Stores {
    private final InMemoryDatabase db;

    InMemoryStores(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Store add(Store store) {
        return db.read(s -> {
            if (s.stores.containsKey(store.id())) {
                throw new IllegalStateException("store id " + store.id() + " was handed out twice");
            }
            if (s.stores.values().stream().anyMatch(o -> o.accountId().equals(store.accountId()) && o.storeId().equals(store.storeId()))) {
                throw new ConflictException(ErrorCode.DUPLICATE_STORE_ID, "store_id " + store.storeId() + " is taken");
            }
            Store stored = store.storedAt(1);
            s.stores.put(store.id(), stored);
            return stored;
        });
    }

    @Override
    public Store update(Store store) {
        return db.read(s -> {
            Store current = s.stores.get(store.id());
            if (current == null) {
                throw new NotFoundException("store", store.id().value());
            }
            InMemoryDatabase.requireVersion(current.version(), store.version(), "store " + store.storeId());
            Store stored = store.storedAt(store.version() + 1);
            s.stores.put(store.id(), stored);
            return stored;
        });
    }

    @Override
    public Optional<Store> find(StoreServerId id) {
        return db.read(s -> Optional.ofNullable(s.stores.get(id)));
    }

    @Override
    public Optional<Store> findByStoreId(AccountId account, StoreId storeId) {
        return db.read(s -> s.stores.values().stream()
                .filter(store -> store.accountId().equals(account) && store.storeId().equals(storeId)).findFirst());
    }

    @Override
    public List<Store> linkedTo(AccountId account, PayoutDestinationId seller) {
        return db.read(s -> s.stores.values().stream()
                .filter(store -> store.accountId().equals(account) && store.payoutDestinationId().equals(seller))
                .sorted((a, b) -> Long.compare(a.id().number(), b.id().number()))
                .toList());
    }

    @Override
    public long countLinkedTo(AccountId account, PayoutDestinationId seller) {
        return linkedTo(account, seller).stream().filter(store -> !store.isDeleted()).count();
    }

    @Override
    public Page<Store> list(StoreQuery query) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.stores.values()),
                store -> store.accountId().equals(query.account())
                        && query.payoutDestination().map(store.payoutDestinationId()::equals).orElse(true)
                        && query.status().map(store.status()::equals).orElse(store.status() != StoreStatus.DELETED),
                Ordering::of, query.page()));
    }
}
