package io.onboard.application.inmemory;

import static io.onboard.application.inmemory.InMemoryState.key;

import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.PayoutDestinationQuery;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** In-memory sellers. */
final class InMemoryPayoutDestinations implements PayoutDestinations {
    private final InMemoryDatabase db;

    InMemoryPayoutDestinations(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public PayoutDestination add(PayoutDestination seller) {
        return db.read(s -> {
            String key = key(seller.accountId(), seller.id().value());
            if (s.sellers.containsKey(key)) {
                throw new ConflictException(ErrorCode.DUPLICATE_PAYOUT_DESTINATION, "payout destination " + seller.id() + " exists");
            }
            OrganizationNumber number = seller.legalEntity().organizationNumber();
            if (number != null && s.sellers.values().stream().anyMatch(p -> p.accountId().equals(seller.accountId())
                    && number.equals(p.legalEntity().organizationNumber()))) {
                throw new ConflictException(ErrorCode.DUPLICATE_LEGAL_ENTITY, "organization " + number + " has a case");
            }
            PayoutDestination stored = seller.storedAt(1);
            s.sellers.put(key, stored);
            return stored;
        });
    }

    @Override
    public PayoutDestination update(PayoutDestination seller) {
        return db.read(s -> {
            String key = key(seller.accountId(), seller.id().value());
            PayoutDestination current = s.sellers.get(key);
            if (current == null) {
                throw new NotFoundException("payout destination", seller.id().value());
            }
            InMemoryDatabase.requireVersion(current.version(), seller.version(), "payout destination " + seller.id());
            PayoutDestination stored = seller.storedAt(seller.version() + 1);
            s.sellers.put(key, stored);
            return stored;
        });
    }

    @Override
    public Optional<PayoutDestination> find(AccountId account, PayoutDestinationId id) {
        return db.read(s -> Optional.ofNullable(s.sellers.get(key(account, id.value()))));
    }

    @Override
    public Optional<PayoutDestination> findByOrganizationNumber(AccountId account, OrganizationNumber number) {
        return db.read(s -> s.sellers.values().stream()
                .filter(p -> p.accountId().equals(account) && number.equals(p.legalEntity().organizationNumber()))
                .findFirst());
    }

    @Override
    public Page<PayoutDestination> list(PayoutDestinationQuery query) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.sellers.values()),
                p -> p.accountId().equals(query.account())
                        && query.caseStatus().map(status -> Objects.equals(status, p.caseStatus())).orElse(true),
                Ordering::of, query.page()));
    }
}
