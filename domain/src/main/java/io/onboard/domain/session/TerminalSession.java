package io.onboard.domain.session;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.Text;
import io.onboard.domain.common.Website;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.EnrollmentChain.TerminalLink;
import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.RuleViolationException;
import io.onboard.domain.store.StoreServerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request to take a payment on one terminal. It is only accepted when the store, terminal and seller it
 * names belong together and the terminal is enrolled; {@link #accept} checks that in the order of SPEC 5.
 */
public record TerminalSession(SessionId id, AccountId accountId, SessionOrder order, String profileId,
                              Website callbackUrl, SessionStatus status, Instant createdAt) {
    public TerminalSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(order, "order");
        profileId = Text.optional(profileId, 100, "profile id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Accepts the session, or refuses it with the first rule it breaks: the store must exist
     * ({@code STORE_NOT_FOUND}), hold the terminal ({@code TERMINAL_NOT_IN_STORE}), belong to the named
     * seller ({@code PAYOUT_DESTINATION_MISMATCH}), and the terminal must be enrolled
     * ({@code TERMINAL_NOT_ENROLLED}, listing every failed check).
     */
    public static TerminalSession accept(SessionId id, AccountId accountId, SessionOrder order, String profileId,
                                         Website callbackUrl, Optional<StoreLink> store,
                                         Optional<TerminalLink> terminal, Readiness readiness, Instant now) {
        admit(order.target(), store, terminal, readiness);
        return new TerminalSession(id, accountId, order, profileId, callbackUrl, SessionStatus.CREATED, now);
    }

    /**
     * The rules {@link #accept} applies to a session's target, on their own: returns when a session for
     * {@code target} would be accepted, or refuses exactly as {@link #accept} would. Lets an operator ask
     * "would this terminal take a session?" without creating one. {@code store} is the store the target names
     * by its merchant id, {@code terminal} the terminal it names, and {@code readiness} that terminal's check.
     */
    public static void admit(SessionTarget target, Optional<StoreLink> store, Optional<TerminalLink> terminal,
                             Readiness readiness) {
        StoreLink named = store.filter(s -> !s.isDeleted()).orElseThrow(() -> refuse(ErrorCode.STORE_NOT_FOUND,
                "order.store.id", noStore(target, store)));
        boolean inStore = terminal.filter(t -> !t.isDeleted()).map(t -> t.storeId().equals(named.id())).orElse(false);
        if (terminal.isPresent() && !terminal.get().isDeleted() && !inStore) {
            throw refuse(ErrorCode.TERMINAL_NOT_IN_STORE, "order.store.terminal_id",
                    "terminal " + target.terminalId() + " is not registered to store " + target.storeId());
        }
        if (!named.payoutDestinationId().equals(target.payoutDestinationId())) {
            throw refuse(ErrorCode.PAYOUT_DESTINATION_MISMATCH, "order.store.payout_destination_id",
                    "store " + target.storeId() + " is linked to payout destination " + named.payoutDestinationId()
                            + ", not " + target.payoutDestinationId());
        }
        if (!readiness.enrolled()) {
            throw new RuleViolationException(ErrorCode.TERMINAL_NOT_ENROLLED,
                    "terminal " + target.terminalId() + " is not enrolled",
                    readiness.failures().stream()
                            .map(f -> new FieldError("order.store.terminal_id", f.check().failureCode() + ": " + f.detail()))
                            .toList());
        }
    }

    /** Why the named store is not found; a server id sent where the merchant store_id belongs is the usual mix-up. */
    private static String noStore(SessionTarget target, Optional<StoreLink> store) {
        if (store.isPresent()) {
            return "store " + target.storeId() + " was deleted";
        }
        String message = "no store has store_id " + target.storeId();
        return StoreServerId.hasGeneratedShape(target.storeId().value())
                ? message + "; order.store.id takes the merchant store_id (such as oslo-center), not the server id"
                : message;
    }

    private static RuleViolationException refuse(ErrorCode code, String field, String message) {
        return new RuleViolationException(code, message, List.of(new FieldError(field, message)));
    }
}
