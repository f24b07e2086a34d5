package com.example.pos.storage;

import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.PayoutDestinationQuery;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import java.util.HashMap;
import java.util.Optional;

/** The POS's sellers (payout destinations), with a unique index on each account's legal entities. */
final class PosSellers implements PayoutDestinations {
    private static final RowType<AccountKey<PayoutDestinationId>, PayoutDestination> SELLER = new RowType<>(
            "payout destination", seller -> new AccountKey<>(seller.accountId(), seller.id()),
            PayoutDestination::accountId, Ordering::of, PayoutDestination::version, PayoutDestination::storedAt);

    private final PosTransactions transactions;
    private final CreationOrderTable<AccountKey<PayoutDestinationId>, PayoutDestination> sellers;
    /** KYC runs once per legal entity, so an organization number names one seller per account. */
    private final UndoableMap<AccountKey<OrganizationNumber>, PayoutDestinationId> byOrganizationNumber;

    PosSellers(PosTransactions transactions) {
        this.transactions = transactions;
        this.sellers = new CreationOrderTable<>(SELLER, transactions);
        this.byOrganizationNumber = new UndoableMap<>(new HashMap<>(), transactions);
    }

    @Override
    public PayoutDestination add(PayoutDestination seller) {
        return transactions.inTransaction(() -> {
            if (sellers.find(new AccountKey<>(seller.accountId(), seller.id())).isPresent()) {
                throw new ConflictException(ErrorCode.DUPLICATE_PAYOUT_DESTINATION,
                        "payout destination " + seller.id() + " exists already");
            }
            // Individuals have no organization number, so nothing for them to clash on.
            seller.legalEntity().organizationNumberIfAny().ifPresent(number -> byOrganizationNumber.putNew(
                    new AccountKey<>(seller.accountId(), number), seller.id(),
                    holder -> new ConflictException(ErrorCode.DUPLICATE_LEGAL_ENTITY,
                            "organization " + number + " already has a case as payout destination " + holder)));
            return sellers.insert(seller);
        });
    }

    /** The legal entity never changes after the application, so the index needs no update here. */
    @Override
    public PayoutDestination update(PayoutDestination seller) {
        return transactions.inTransaction(() -> sellers.update(seller));
    }

    @Override
    public Optional<PayoutDestination> find(AccountId account, PayoutDestinationId id) {
        return transactions.read(() -> sellers.find(new AccountKey<>(account, id)));
    }

    @Override
    public Optional<PayoutDestination> findByOrganizationNumber(AccountId account, OrganizationNumber number) {
        return transactions.read(() -> byOrganizationNumber.get(new AccountKey<>(account, number))
                .flatMap(id -> sellers.find(new AccountKey<>(account, id))));
    }

    @Override
    public Page<PayoutDestination> list(PayoutDestinationQuery query) {
        return transactions.read(() -> sellers.page(query.account(), query.page(),
                seller -> query.caseStatus().isEmpty() || query.caseStatus().get() == seller.caseStatus()));
    }
}
