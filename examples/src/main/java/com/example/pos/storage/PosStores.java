package com.example.pos.storage;

import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.StoreQuery;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/** The POS's stores, with a unique index on each account's merchant {@code store_id}s. */
final class PosStores implements Stores {
    private static final RowType<StoreServerId, Store> STORE = new RowType<>(
            "store", Store::id, Store::accountId, Ordering::of, Store::version, Store::storedAt);

    private final PosTransactions transactions;
    private final CreationOrderTable<StoreServerId, Store> stores;
    /** A deleted store keeps its entry: its merchant id stays taken, so old sessions still name one store. */
    private final UndoableMap<AccountKey<StoreId>, StoreServerId> byStoreId;

    PosStores(PosTransactions transactions) {
        this.transactions = transactions;
        this.stores = new CreationOrderTable<>(STORE, transactions);
        this.byStoreId = new UndoableMap<>(new HashMap<>(), transactions);
    }

    @Override
    public Store add(Store store) {
        return transactions.inTransaction(() -> {
            byStoreId.putNew(new AccountKey<>(store.accountId(), store.storeId()), store.id(),
                    holder -> new ConflictException(ErrorCode.DUPLICATE_STORE_ID,
                            "store_id " + store.storeId() + " is taken by store " + holder));
            return stores.insert(store);
        });
    }

    /** A store's merchant id never changes after it opened, so the index needs no update here. */
    @Override
    public Store update(Store store) {
        return transactions.inTransaction(() -> stores.update(store));
    }

    @Override
    public Optional<Store> find(StoreServerId id) {
        return transactions.read(() -> stores.find(id));
    }

    @Override
    public Optional<Store> findByStoreId(AccountId account, StoreId storeId) {
        return transactions.read(() -> byStoreId.get(new AccountKey<>(account, storeId)).flatMap(stores::find));
    }

    @Override
    public List<Store> linkedTo(AccountId account, PayoutDestinationId seller) {
        return transactions.read(() -> stores.of(account)
                .filter(store -> store.payoutDestinationId().equals(seller)).toList());
    }

    @Override
    public long countLinkedTo(AccountId account, PayoutDestinationId seller) {
        return linkedTo(account, seller).stream().filter(store -> !store.isDeleted()).count();
    }

    @Override
    public Page<Store> list(StoreQuery query) {
        return transactions.read(() -> stores.page(query.account(), query.page(), store -> lists(query, store)));
    }

    /** Whether the query lists the store: deleted stores are history, listed only when asked for by status. */
    private static boolean lists(StoreQuery query, Store store) {
        boolean status = query.status().isPresent() ? query.status().get() == store.status() : !store.isDeleted();
        return status && query.payoutDestination().stream().allMatch(store.payoutDestinationId()::equals);
    }
}
