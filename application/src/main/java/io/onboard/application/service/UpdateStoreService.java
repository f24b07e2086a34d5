package io.onboard.application.service;

import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.in.store.UpdateStoreUseCase;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreRef;
import io.onboard.domain.store.StoreStatus;
import java.time.Instant;

/** Changes a store; relinking it (or giving an organization number) rechecks the linking rules. */
public final class UpdateStoreService implements UpdateStoreUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Stores stores;
    private final StoreLinks links;
    private final StoreViews views;
    private final Transactions transactions;
    private final Clock clock;

    UpdateStoreService(Stores stores, StoreLinks links, StoreViews views, Transactions transactions, Clock clock) {
        this.stores = stores;
        this.links = links;
        this.views = views;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StoreView update(UpdateStoreCommand command) {
        StoreRef ref = Lookups.storeRef(command.store());
        Input in = validator.check(command);
        StoreProfile revision = StoreInputs.profile(in, command.storeName(), command.organization(), command.address(),
                command.phoneNumber(), command.email(), command.website(), command.coordinates());
        PayoutDestinationId sellerId = in.parse("payout_destination.payout_destination_id",
                command.payoutDestination() == null ? null : command.payoutDestination().payoutDestinationId(),
                PayoutDestinationId::new);
        StoreStatus status = in.parse("status", command.status(), StoreInputs::settableStatus);
        in.done();
        String givenNumber = command.organization() == null ? null : command.organization().organizationNumber();

        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            Store store = stores.get(command.accountId(), ref);
            Versions.require(command.expectedVersion(), store.version(), "store", store.storeId().value());
            Store next = store.revise(revision, now);
            if (sellerId != null || (givenNumber != null && !givenNumber.isBlank())) {
                PayoutDestination seller = links.seller(command.accountId(),
                        sellerId != null ? sellerId : store.payoutDestinationId());
                next = next.linkTo(seller, StoreLinks.givenNumber(givenNumber, seller), now);
            }
            if (status != null) {
                next = next.changeStatus(status, now);
            }
            return views.of(stores.update(next));
        });
    }

}
