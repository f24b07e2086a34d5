package io.onboard.domain.store;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.ValidatedOrganizationData;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A physical location that takes card payments, linked to exactly one seller of its account. Immutable;
 * every change returns a changed copy. While linked to an {@code ACTIVE} seller, whatever the merchant
 * left empty is filled from that seller's validated organization data. What the merchant gave and what
 * was filled in are kept apart, so relinking to another seller replaces the filled part, never the given.
 */
public final class Store {
    private final StoreServerId id;
    private final StoreId storeId;
    private final StoreProfile given;
    private final ValidatedOrganizationData filledFrom;
    private final OrganizationNumber organizationNumber;
    private final PayoutDestinationId payoutDestinationId;
    private final StoreStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Store(StoreServerId id, StoreId storeId, StoreProfile given, ValidatedOrganizationData filledFrom,
                  OrganizationNumber organizationNumber, PayoutDestinationId payoutDestinationId, StoreStatus status,
                  Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.storeId = Objects.requireNonNull(storeId, "storeId");
        this.given = Objects.requireNonNull(given, "given");
        this.filledFrom = filledFrom;
        if (given.name() == null) {
            throw new InvalidValueException("store name is required");
        }
        this.organizationNumber = organizationNumber;
        this.payoutDestinationId = Objects.requireNonNull(payoutDestinationId, "payoutDestinationId");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * Opens a store linked to {@code seller}. Without a merchant {@code storeId} the store is known by its
     * server id; {@code givenNumber} may be null, and then the seller's organization number is taken.
     */
    public static Store open(StoreServerId id, StoreId storeId, StoreProfile profile, OrganizationNumber givenNumber,
                             PayoutDestination seller, Instant now) {
        Store unlinked = new Store(id, storeId != null ? storeId : StoreId.of(id), profile, null, null, seller.id(),
                StoreStatus.ACTIVE, now, now, 0);
        return unlinked.linkTo(seller, givenNumber, now);
    }

    /**
     * Rebuilds a store exactly as stored, without re-running the linking rules: {@code given} is what the
     * merchant gave, {@code filledFrom} the validated seller data that fills the rest (null if none).
     */
    public static Store restore(StoreServerId id, StoreId storeId, StoreProfile given, ValidatedOrganizationData filledFrom,
                                OrganizationNumber organizationNumber, PayoutDestinationId payoutDestinationId,
                                StoreStatus status, Instant createdAt, Instant updatedAt, long version) {
        return new Store(id, storeId, given, filledFrom, organizationNumber, payoutDestinationId, status, createdAt,
                updatedAt, version);
    }

    /**
     * Links this store to {@code seller} (again): the seller must be of the same account, the organization
     * number must be the seller's (taken from it when {@code givenNumber} is null), and if the seller is
     * {@code ACTIVE} its validated data fills the empty fields.
     */
    public Store linkTo(PayoutDestination seller, OrganizationNumber givenNumber, Instant now) {
        ensureNotDeleted();
        if (!seller.accountId().equals(id.accountId())) {
            throw new RuleViolationException(ErrorCode.PAYOUT_DESTINATION_NOT_FOUND,
                    "payout destination " + seller.id() + " does not exist in account " + id.accountId());
        }
        Optional<OrganizationNumber> sellers = seller.legalEntity().organizationNumberIfAny();
        if (givenNumber != null && !sellers.map(givenNumber::equals).orElse(false)) {
            throw new RuleViolationException(ErrorCode.ORGANIZATION_MISMATCH, "organization number " + givenNumber
                    + " is not the one of payout destination " + seller.id() + " ("
                    + sellers.map(OrganizationNumber::value).orElse("an individual, with none") + ")");
        }
        ValidatedOrganizationData fill = seller.isActive() ? seller.validatedData().orElse(null) : null;
        return new Store(id, storeId, given, fill, sellers.orElse(null), seller.id(), status, createdAt, now, version);
    }

    /** Fills every field the merchant left empty from the seller's validated data; given fields are kept. */
    public Store fillFrom(ValidatedOrganizationData validated, Instant now) {
        Objects.requireNonNull(validated, "validated");
        Store filled = new Store(id, storeId, given, validated, organizationNumber, payoutDestinationId, status, createdAt,
                now, version);
        // Given fields cannot be emptied later, so a fill that changes nothing visible is not worth a write.
        return isDeleted() || filled.profile().equals(profile()) ? this : filled;
    }

    /** Changes what the store says about itself; parts left null stay as they are. */
    public Store revise(StoreProfile revision, Instant now) {
        ensureNotDeleted();
        return new Store(id, storeId, given.revisedBy(revision), filledFrom, organizationNumber, payoutDestinationId,
                status, createdAt, now, version);
    }

    /** Sets the merchant's status: {@code ACTIVE} or {@code INACTIVE}; deleting has its own rule. */
    public Store changeStatus(StoreStatus next, Instant now) {
        ensureNotDeleted();
        if (next == StoreStatus.DELETED) {
            throw new InvalidValueException("a store is deleted by deleting it, not by setting its status");
        }
        return new Store(id, storeId, given, filledFrom, organizationNumber, payoutDestinationId, next, createdAt, now,
                version);
    }

    /**
     * Soft-deletes the store: it stays readable and its {@code store_id} stays taken. A store that still
     * holds terminals cannot go, or they would point at nowhere.
     */
    public Store delete(long nonDeletedTerminals, Instant now) {
        ensureNotDeleted();
        if (nonDeletedTerminals > 0) {
            throw new ConflictException(ErrorCode.STORE_HAS_TERMINALS, "store " + storeId + " still has "
                    + nonDeletedTerminals + " terminal(s); remove or move them first");
        }
        return new Store(id, storeId, given, filledFrom, organizationNumber, payoutDestinationId, StoreStatus.DELETED,
                createdAt, now, version);
    }

    /** True when the store's organization number is the seller's (both absent for an individual). */
    public boolean organizationMatches(PayoutDestination seller) {
        return Objects.equals(organizationNumber, seller.legalEntity().organizationNumberIfAny().orElse(null));
    }

    /** Verified: linked to this seller, whose case is {@code ACTIVE}, with matching organization numbers. */
    public boolean isVerifiedBy(PayoutDestination seller) {
        return seller.id().equals(payoutDestinationId) && seller.isActive() && organizationMatches(seller);
    }

    public boolean isDeleted() {
        return status == StoreStatus.DELETED;
    }

    public void ensureNotDeleted() {
        if (isDeleted()) {
            throw new ConflictException(ErrorCode.STORE_DELETED, "store " + storeId + " has been deleted");
        }
    }

    public AccountId accountId() {
        return id.accountId();
    }

    public StoreServerId id() {
        return id;
    }

    public StoreId storeId() {
        return storeId;
    }

    /** The store as it presents itself: what the merchant gave, the rest filled from validated seller data. */
    public StoreProfile profile() {
        if (filledFrom == null) {
            return given;
        }
        return new StoreProfile(given.name(), given.names().orElse(filledFrom.organization()),
                given.contact().orElse(filledFrom.contact()), given.coordinates());
    }

    /** Only what the merchant gave. */
    public StoreProfile givenProfile() {
        return given;
    }

    /** The validated seller data that fills what the merchant left empty, if the seller was ACTIVE. */
    public Optional<ValidatedOrganizationData> filledFrom() {
        return Optional.ofNullable(filledFrom);
    }

    public Optional<OrganizationNumber> organizationNumber() {
        return Optional.ofNullable(organizationNumber);
    }

    public PayoutDestinationId payoutDestinationId() {
        return payoutDestinationId;
    }

    public StoreStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version this store was read at (0 before it was first stored); see {@link #storedAt}. */
    public long version() {
        return version;
    }

    /** This store as storage saved it under {@code storedVersion}; for persistence adapters. */
    public Store storedAt(long storedVersion) {
        return new Store(id, storeId, given, filledFrom, organizationNumber, payoutDestinationId, status, createdAt,
                updatedAt, storedVersion);
    }

    @Override
    public String toString() {
        return "Store[" + id + " " + storeId + " " + status + " v" + version + "]";
    }
}
