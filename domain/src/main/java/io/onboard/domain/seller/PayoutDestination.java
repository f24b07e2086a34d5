package io.onboard.domain.seller;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Text;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller of record: the legal entity that receives the funds, and its KYC case. Immutable; every
 * change returns a changed copy. Legal data can be completed or corrected until the case first becomes
 * {@code ACTIVE}, at which point it is captured as {@link ValidatedOrganizationData} and locked.
 */
public final class PayoutDestination {
    public static final int MAX_NAME_LENGTH = 60;
    public static final int MAX_DESCRIPTION_LENGTH = 1000;

    private final AccountId accountId;
    private final PayoutDestinationId id;
    private final String name;
    private final String description;
    private final LegalEntity legalEntity;
    private final CaseData data;
    private final CaseStatus caseStatus;
    private final String caseReason;
    private final ValidatedOrganizationData validated;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private PayoutDestination(AccountId accountId, PayoutDestinationId id, String name, String description,
                              LegalEntity legalEntity, CaseData data, CaseStatus caseStatus, String caseReason,
                              ValidatedOrganizationData validated, Instant createdAt, Instant updatedAt, long version) {
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.id = Objects.requireNonNull(id, "id");
        this.name = Text.optional(name, MAX_NAME_LENGTH, "payout destination name");
        this.description = Text.optionalMultiline(description, MAX_DESCRIPTION_LENGTH, "payout destination description");
        this.legalEntity = Objects.requireNonNull(legalEntity, "legalEntity");
        this.data = Objects.requireNonNull(data, "data");
        this.caseStatus = Objects.requireNonNull(caseStatus, "caseStatus");
        this.caseReason = Text.optional(caseReason, 1000, "reason");
        this.validated = validated;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * A new seller applying for KYC. The case starts {@code WAITING_FOR_DECLARATION}, unless a test-mode
     * account used one of the {@code AUTO_*} descriptions.
     */
    public static PayoutDestination apply(AccountId accountId, PayoutDestinationId id, String name, String description,
                                          LegalEntity legalEntity, CaseData data, Instant now) {
        PayoutDestination applied = new PayoutDestination(accountId, id, name, description, legalEntity, data,
                CaseStatus.WAITING_FOR_DECLARATION, null, null, now, now, 0);
        return TestModeShortcut.initialStatus(accountId, applied.description)
                .map(status -> applied.movedTo(status, null, now))
                .orElse(applied);
    }

    /**
     * Rebuilds a seller exactly as it was stored, without re-running the application rules (test-mode
     * shortcuts, initial status); value objects still refuse corrupt values.
     */
    public static PayoutDestination restore(AccountId accountId, PayoutDestinationId id, String name, String description,
                                            LegalEntity legalEntity, CaseData data, CaseStatus caseStatus,
                                            String caseReason, ValidatedOrganizationData validated,
                                            Instant createdAt, Instant updatedAt, long version) {
        return new PayoutDestination(accountId, id, name, description, legalEntity, data, caseStatus, caseReason,
                validated, createdAt, updatedAt, version);
    }

    public PayoutDestination submitDeclaration(CaseData update, Instant now) {
        return withData(update).transition(CaseAction.SUBMIT_DECLARATION, null, now);
    }

    public PayoutDestination sign(Instant now) {
        return transition(CaseAction.SIGN, null, now);
    }

    /** Records what automatic screening concluded; only a case in {@code AUTOMATIC_REVIEW} can be screened. */
    public PayoutDestination screened(ScreeningOutcome outcome, Instant now) {
        return transition(outcome.event(), null, now);
    }

    public PayoutDestination approve(String reason, Instant now) {
        return transition(CaseAction.APPROVE, reason, now);
    }

    public PayoutDestination decline(String reason, Instant now) {
        return transition(CaseAction.DECLINE, reason, now);
    }

    public PayoutDestination requestDetails(String reason, Instant now) {
        return transition(CaseAction.REQUEST_DETAILS, reason, now);
    }

    public PayoutDestination submitDetails(CaseData update, Instant now) {
        return withData(update).transition(CaseAction.SUBMIT_DETAILS, null, now);
    }

    public PayoutDestination archive(Instant now) {
        return transition(CaseAction.ARCHIVE, null, now);
    }

    public PayoutDestination terminate(String reason, Instant now) {
        return transition(CaseAction.TERMINATE, reason, now);
    }

    /** Legal data is locked once the case has been approved, so stores never drift from what KYC checked. */
    public boolean isLocked() {
        return validated != null;
    }

    public boolean isActive() {
        return caseStatus == CaseStatus.ACTIVE;
    }

    public boolean awaitsScreening() {
        return caseStatus == CaseStatus.AUTOMATIC_REVIEW;
    }

    private PayoutDestination withData(CaseData update) {
        if (update == null || update.isEmpty()) {
            return this;
        }
        if (isLocked()) {
            throw new ConflictException(ErrorCode.CASE_LOCKED,
                    "the case of " + id + " has been approved; its legal data can no longer change");
        }
        return new PayoutDestination(accountId, id, name, description, legalEntity, data.updatedWith(update),
                caseStatus, caseReason, validated, createdAt, updatedAt, version);
    }

    private PayoutDestination transition(CaseAction action, String reason, Instant now) {
        return movedTo(caseStatus.apply(action), reason, now);
    }

    private PayoutDestination movedTo(CaseStatus next, String reason, Instant now) {
        ValidatedOrganizationData captured = validated;
        if (next == CaseStatus.ACTIVE && captured == null) {
            captured = new ValidatedOrganizationData(data.organization(), data.contact(), now);
        }
        return new PayoutDestination(accountId, id, name, description, legalEntity, data, next, reason, captured,
                createdAt, now, version);
    }

    public AccountId accountId() {
        return accountId;
    }

    public PayoutDestinationId id() {
        return id;
    }

    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public LegalEntity legalEntity() {
        return legalEntity;
    }

    public CaseData data() {
        return data;
    }

    public CaseStatus caseStatus() {
        return caseStatus;
    }

    /** Why the last reviewer decision was taken, if the reviewer said. */
    public Optional<String> caseReason() {
        return Optional.ofNullable(caseReason);
    }

    public Optional<ValidatedOrganizationData> validatedData() {
        return Optional.ofNullable(validated);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * The stored version this seller was read at (0 before it was first stored). Storage raises it by one on
     * every save and refuses a save based on an older one; it is also what ETags are made of.
     */
    public long version() {
        return version;
    }

    /** This seller as storage saved it under {@code storedVersion}; for persistence adapters. */
    public PayoutDestination storedAt(long storedVersion) {
        return new PayoutDestination(accountId, id, name, description, legalEntity, data, caseStatus, caseReason,
                validated, createdAt, updatedAt, storedVersion);
    }

    @Override
    public String toString() {
        return "PayoutDestination[" + accountId + "/" + id + " " + caseStatus + " v" + version + "]";
    }
}
