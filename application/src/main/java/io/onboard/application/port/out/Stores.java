package io.onboard.application.port.out;

import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.store.StoreServerId;
import java.util.List;
import java.util.Optional;

/** The stores of every account, found by server id or merchant {@code store_id}. */
public interface Stores {
    /**
     * Stores a new store and returns it as stored (version 1); {@code DUPLICATE_STORE_ID} when its merchant
     * {@code store_id} is taken in the account (deleted stores keep theirs), even under concurrent writers.
     */
    Store add(Store store);

    /** As {@link PayoutDestinations#update}: optimistic, {@code CONCURRENT_MODIFICATION} on a stale version. */
    Store update(Store store);

    Optional<Store> find(StoreServerId id);

    Optional<Store> findByStoreId(AccountId account, StoreId storeId);

    /** Finds a store the way clients name it; a server id of another account finds nothing. */
    default Optional<Store> find(AccountId account, StoreRef ref) {
        if (ref instanceof StoreRef.ByServerId byServerId) {
            return byServerId.id().accountId().equals(account) ? find(byServerId.id()) : Optional.empty();
        }
        return findByStoreId(account, ((StoreRef.ByStoreId) ref).id());
    }

    default Store get(AccountId account, StoreRef ref) {
        return find(account, ref).orElseThrow(() -> new NotFoundException("store", refText(ref)));
    }

    /** Every store linked to a seller, deleted ones included, in creation order. */
    List<Store> linkedTo(AccountId account, PayoutDestinationId seller);

    /** How many stores that are not deleted a seller has. */
    long countLinkedTo(AccountId account, PayoutDestinationId seller);

    Page<Store> list(StoreQuery query);

    private static String refText(StoreRef ref) {
        return ref instanceof StoreRef.ByServerId s ? s.id().value() : ((StoreRef.ByStoreId) ref).id().value();
    }
}
