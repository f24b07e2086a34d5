package io.onboard.domain.testdata;

import static io.onboard.domain.testdata.Times.T0;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;

/** Stores opened through the real linking rules, or rebuilt from storage when a test needs a broken chain. */
public final class Stores {
    private Stores() {
    }

    /** A profile with only a name: every other field is left for the seller's validated data to fill. */
    public static StoreProfile named(String name) {
        return new StoreProfile(name, Organization.NONE, ContactDetails.NONE, null);
    }

    public static StoreServerId serverId(AccountId aid, long number) {
        return StoreServerId.next(aid, number);
    }

    /** An {@code ACTIVE} store with number {@code number} in the seller's account, without a merchant store_id. */
    public static Store aStore(PayoutDestination seller, long number) {
        return Store.open(serverId(seller.accountId(), number), null, named("Oslo Sentrum"), null, seller, T0);
    }

    /** As {@link #aStore(PayoutDestination, long)}, with the merchant's own store_id. */
    public static Store aStore(PayoutDestination seller, long number, String storeId) {
        return Store.open(serverId(seller.accountId(), number), StoreId.chosenByClient(storeId), named("Oslo Sentrum"),
                null, seller, T0);
    }

    /** A store rebuilt exactly as given, bypassing the linking rules (for mismatches storage could hold). */
    public static Store restored(AccountId aid, long number, String storeId, OrganizationNumber organizationNumber,
                                 PayoutDestinationId sellerId, StoreStatus status) {
        return Store.restore(serverId(aid, number), new StoreId(storeId), named("Oslo Sentrum"), null, organizationNumber,
                sellerId, status, T0, T0, 1);
    }

    public static Store inStatus(Store store, StoreStatus status) {
        return Store.restore(store.id(), store.storeId(), store.givenProfile(), store.filledFrom().orElse(null),
                store.organizationNumber().orElse(null),
                store.payoutDestinationId(), status, store.createdAt(), store.updatedAt(), store.version());
    }
}
