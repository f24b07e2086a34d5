package com.example.pos.storage;

import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.TerminalId;
import java.util.Optional;

/**
 * Enrollment chains read link by link through the aggregate ports, as {@link EnrollmentChains#over} does, but
 * under one hold of the lock: a terminal moved or a store relinked meanwhile cannot tear a chain in two.
 */
record PosEnrollmentChains(PosTransactions transactions, EnrollmentChains linkByLink) implements EnrollmentChains {
    @Override
    public EnrollmentChain chainOf(AccountId account, TerminalId id) {
        return transactions.read(() -> linkByLink.chainOf(account, id));
    }

    @Override
    public Optional<StoreLink> storeByStoreId(AccountId account, StoreId storeId) {
        return linkByLink.storeByStoreId(account, storeId);
    }
}
