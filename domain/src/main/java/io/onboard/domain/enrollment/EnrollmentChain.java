package io.onboard.domain.enrollment;

import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.StatusReason;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * What the enrollment check looks at in a terminal's chain: the terminal, the store it is registered to and
 * that store's seller, each reduced to the facts the checks read. The check runs on every readiness request
 * and session, so storage may read this in one query instead of loading three whole aggregates; {@link #of}
 * takes the same facts from loaded aggregates. Each link is empty when the previous one leads nowhere.
 */
public record EnrollmentChain(Optional<TerminalLink> terminal, Optional<StoreLink> store, Optional<SellerLink> seller) {
    public EnrollmentChain {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(seller, "seller");
    }

    /** No terminal by the requested id: every check fails. */
    public static EnrollmentChain none() {
        return new EnrollmentChain(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The chain of loaded aggregates; {@code store} is the terminal's store and {@code seller} that store's seller. */
    public static EnrollmentChain of(Optional<Terminal> terminal, Optional<Store> store,
                                     Optional<PayoutDestination> seller) {
        return new EnrollmentChain(terminal.map(TerminalLink::of), store.map(StoreLink::of), seller.map(SellerLink::of));
    }

    /** The terminal as the checks see it; a deleted terminal is still a link, so its store is known. */
    public record TerminalLink(TerminalStatus status, Optional<StatusReason> reason, StoreServerId storeId) {
        public TerminalLink {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(storeId, "storeId");
        }

        public static TerminalLink of(Terminal terminal) {
            return new TerminalLink(terminal.status(), terminal.reason(), terminal.storeId());
        }

        public boolean isDeleted() {
            return status == TerminalStatus.DELETED;
        }
    }

    /** A store as the checks and the session rules see it. */
    public record StoreLink(StoreServerId id, StoreId storeId, StoreStatus status, PayoutDestinationId payoutDestinationId,
                            Optional<OrganizationNumber> organizationNumber) {
        public StoreLink {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(storeId, "storeId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(payoutDestinationId, "payoutDestinationId");
            Objects.requireNonNull(organizationNumber, "organizationNumber");
        }

        public static StoreLink of(Store store) {
            return new StoreLink(store.id(), store.storeId(), store.status(), store.payoutDestinationId(),
                    store.organizationNumber());
        }

        public boolean isDeleted() {
            return status == StoreStatus.DELETED;
        }
    }

    /** A seller (payout destination) as the checks see it. */
    public record SellerLink(PayoutDestinationId id, CaseStatus caseStatus, Optional<OrganizationNumber> organizationNumber) {
        public SellerLink {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(caseStatus, "caseStatus");
            Objects.requireNonNull(organizationNumber, "organizationNumber");
        }

        public static SellerLink of(PayoutDestination seller) {
            return new SellerLink(seller.id(), seller.caseStatus(), seller.legalEntity().organizationNumberIfAny());
        }

        public boolean isActive() {
            return caseStatus == CaseStatus.ACTIVE;
        }
    }
}
