package io.onboard.domain.webhook;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.event.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's webhook subscription (SPEC 9): where to deliver which events, signed with which secret. Rotating
 * the secret keeps the previous one valid for an overlap, during which deliveries carry both signatures, so a
 * receiver can switch without missing one. The dispatcher deactivates a subscription whose receiver has not
 * answered {@code 2xx} for three days; the integrator turns it on again.
 */
public final class Subscription {
    /** The longest overlap a rotation may keep the previous secret valid for. */
    public static final Duration MAX_OVERLAP = Duration.ofDays(7);
    static final int MAX_DESCRIPTION = 500;

    private final SubscriptionId id;
    private final AccountId accountId;
    private final WebhookUrl url;
    private final EventSelection events;
    private final String description;
    private final boolean active;
    private final String deactivationReason;
    private final SigningSecret secret;
    private final SigningSecret previousSecret;
    private final Instant previousSecretExpiresAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;

    private Subscription(SubscriptionId id, AccountId accountId, WebhookUrl url, EventSelection events,
                         String description, boolean active, String deactivationReason, SigningSecret secret,
                         SigningSecret previousSecret, Instant previousSecretExpiresAt, Instant createdAt,
                         Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.url = Objects.requireNonNull(url, "url");
        this.events = Objects.requireNonNull(events, "events");
        this.description = description;
        this.active = active;
        this.deactivationReason = active ? null : deactivationReason;
        this.secret = Objects.requireNonNull(secret, "secret");
        this.previousSecret = previousSecret;
        this.previousSecretExpiresAt = previousSecret == null ? null : previousSecretExpiresAt;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidValueException("description must be at most " + MAX_DESCRIPTION + " characters");
        }
        if (!url.accountMayUse(accountId)) {
            throw new IllegalArgumentException("url " + url + " was checked for another kind of account");
        }
    }

    /** A new subscription; it is active unless {@code active} says otherwise. */
    public static Subscription create(SubscriptionId id, AccountId accountId, WebhookUrl url, EventSelection events,
                                      String description, boolean active, SigningSecret secret, Instant now) {
        return new Subscription(id, accountId, url, events, description, active,
                active ? null : "turned off when created", secret, null, null, now, now, 0);
    }

    /** Rebuilds a stored subscription as it was saved, without re-running creation rules; for storage adapters. */
    public static Subscription restore(SubscriptionId id, AccountId accountId, WebhookUrl url, EventSelection events,
                                       String description, boolean active, String deactivationReason,
                                       SigningSecret secret, SigningSecret previousSecret,
                                       Instant previousSecretExpiresAt, Instant createdAt, Instant updatedAt,
                                       long version) {
        return new Subscription(id, accountId, url, events, description, active, deactivationReason, secret,
                previousSecret, previousSecretExpiresAt, createdAt, updatedAt, version);
    }

    /** The integrator's new settings; turning it on clears why it was off. */
    public Subscription change(WebhookUrl url, EventSelection events, String description, boolean active, Instant now) {
        String reason = active ? null : this.active ? "turned off by the integrator" : deactivationReason;
        return new Subscription(id, accountId, url, events, description, active, reason, secret, previousSecret,
                previousSecretExpiresAt, createdAt, now, version);
    }

    /**
     * Signs with {@code next} from now on, and with the current secret too until {@code overlap} has passed (none
     * when it is zero). A secret rotated out earlier and still in its overlap is dropped: only two are ever valid.
     */
    public Subscription rotate(SigningSecret next, Duration overlap, Instant now) {
        if (overlap.isNegative() || overlap.compareTo(MAX_OVERLAP) > 0) {
            throw new InvalidValueException("expire_previous_in_seconds must be 0 to " + MAX_OVERLAP.toSeconds());
        }
        boolean keep = !overlap.isZero();
        return new Subscription(id, accountId, url, events, description, active, deactivationReason, next,
                keep ? secret : null, keep ? now.plus(overlap) : null, createdAt, now, version);
    }

    /** Turned off by the dispatcher, saying why (SPEC 9: three days without a {@code 2xx}). */
    public Subscription deactivate(String reason, Instant now) {
        return new Subscription(id, accountId, url, events, description, false, reason, secret, previousSecret,
                previousSecretExpiresAt, createdAt, now, version);
    }

    /** The secrets a delivery at {@code now} is signed with: the current one, then the previous in its overlap. */
    public List<SigningSecret> signingSecrets(Instant now) {
        List<SigningSecret> secrets = new ArrayList<>(2);
        secrets.add(secret);
        previousSecret().filter(previous -> now.isBefore(previousSecretExpiresAt)).ifPresent(secrets::add);
        return secrets;
    }

    /** Whether an event of {@code type} is delivered here now. */
    public boolean receives(EventType type) {
        return active && events.matches(type);
    }

    public SubscriptionId id() {
        return id;
    }

    public AccountId accountId() {
        return accountId;
    }

    public WebhookUrl url() {
        return url;
    }

    public EventSelection events() {
        return events;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public boolean active() {
        return active;
    }

    /** Why it is off: said by the integrator or by the dispatcher; empty while active. */
    public Optional<String> deactivationReason() {
        return Optional.ofNullable(deactivationReason);
    }

    public SigningSecret secret() {
        return secret;
    }

    public Optional<SigningSecret> previousSecret() {
        return Optional.ofNullable(previousSecret);
    }

    public Optional<Instant> previousSecretExpiresAt() {
        return Optional.ofNullable(previousSecretExpiresAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version this subscription was read at (0 before it was first stored). */
    public long version() {
        return version;
    }

    /** This subscription as storage saved it under {@code storedVersion}; for storage adapters. */
    public Subscription storedAt(long storedVersion) {
        return new Subscription(id, accountId, url, events, description, active, deactivationReason, secret,
                previousSecret, previousSecretExpiresAt, createdAt, updatedAt, storedVersion);
    }

    @Override
    public String toString() {
        return "Subscription[" + id + " " + url + (active ? "" : " inactive") + " v" + version + "]";
    }
}
