package io.onboard.application.port.out;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;

/**
 * The read side of enrollment: a terminal's chain (terminal, its store, that store's seller) as the checks see
 * it. Every readiness request and session reads one, so storage answers it with the least work it can (the
 * JDBC adapter: one indexed query of the few columns involved); {@link #over} composes it from the aggregate
 * ports for storage without such a query.
 */
public interface EnrollmentChains {
    /** The chain of the account's terminal {@code id}, as far as it leads; {@link EnrollmentChain#none()} if no such terminal. */
    EnrollmentChain chainOf(AccountId account, TerminalId id);

    /** The account's store with merchant id {@code storeId}, deleted or not. */
    Optional<StoreLink> storeByStoreId(AccountId account, StoreId storeId);

    /** Reads each link through the aggregate ports, one after the other. */
    static EnrollmentChains over(Terminals terminals, Stores stores, PayoutDestinations sellers) {
        return new EnrollmentChains() {
            @Override
            public EnrollmentChain chainOf(AccountId account, TerminalId id) {
                return terminals.find(account, id).map(terminal -> {
                    var store = stores.find(terminal.storeId());
                    return EnrollmentChain.of(Optional.of(terminal), store,
                            store.flatMap(s -> sellers.find(account, s.payoutDestinationId())));
                }).orElseGet(EnrollmentChain::none);
            }

            @Override
            public Optional<StoreLink> storeByStoreId(AccountId account, StoreId storeId) {
                return stores.findByStoreId(account, storeId).map(StoreLink::of);
            }
        };
    }
}
