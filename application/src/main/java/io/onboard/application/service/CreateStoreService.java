package io.onboard.application.service;

import io.onboard.application.port.in.store.CreateStoreCommand;
import io.onboard.application.port.in.store.CreateStoreUseCase;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Sequences;
import io.onboard.application.port.out.Stores;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreServerId;
import java.time.Instant;
import java.util.Optional;

/** Opens a store: links it to its seller, takes the next store number of the account, and stores both together. */
public final class CreateStoreService implements CreateStoreUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Stores stores;
    private final StoreLinks links;
    private final Sequences sequences;
    private final Transactions transactions;
    private final Clock clock;

    CreateStoreService(Stores stores, StoreLinks links, Sequences sequences, Transactions transactions, Clock clock) {
        this.stores = stores;
        this.links = links;
        this.sequences = sequences;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public StoreView create(CreateStoreCommand command) {
        Input in = validator.check(command);
        StoreId storeId = in.parse("store_id", command.storeId(), StoreId::chosenByClient);
        StoreProfile profile = StoreInputs.profile(in, command.storeName(), command.organization(), command.address(),
                command.phoneNumber(), command.email(), command.website(), command.coordinates());
        PayoutDestinationId sellerId = in.parse("payout_destination.payout_destination_id",
                command.payoutDestination() == null ? null : command.payoutDestination().payoutDestinationId(),
                PayoutDestinationId::new);
        in.done();

        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            PayoutDestination seller = links.seller(command.accountId(), sellerId);
            StoreOrganizationInput organization = command.organization();
            var givenNumber = StoreLinks.givenNumber(organization == null ? null : organization.organizationNumber(), seller);
            if (storeId != null && stores.findByStoreId(command.accountId(), storeId).isPresent()) {
                throw new ConflictException(ErrorCode.DUPLICATE_STORE_ID,
                        "store_id " + storeId + " is already taken in account " + command.accountId());
            }
            StoreServerId id = StoreServerId.next(command.accountId(), sequences.nextStoreNumber(command.accountId()));
            Store saved = stores.add(Store.open(id, storeId, profile, givenNumber, seller, now));
            return new StoreView(saved, Optional.of(seller), 0);
        });
    }

}
