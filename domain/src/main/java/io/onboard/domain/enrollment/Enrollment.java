package io.onboard.domain.enrollment;

import static io.onboard.domain.enrollment.CheckResult.fail;
import static io.onboard.domain.enrollment.CheckResult.pass;

import io.onboard.domain.enrollment.EnrollmentChain.SellerLink;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.EnrollmentChain.TerminalLink;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a terminal may take payments: its whole chain, terminal to store to seller, must be in place.
 * Every check is evaluated, not just the first failure, so an integrator sees at once all that is missing.
 */
public final class Enrollment {
    private Enrollment() {
    }

    /**
     * Evaluates the chain of loaded aggregates. {@code store} is the terminal's store and {@code seller} the
     * store's payout destination, each empty when the previous link does not lead anywhere.
     */
    public static Readiness evaluate(String requestedTerminalId, Optional<Terminal> terminal, Optional<Store> store,
                                     Optional<PayoutDestination> seller) {
        return evaluate(requestedTerminalId, EnrollmentChain.of(terminal, store, seller));
    }

    /** Evaluates every check on the chain of the terminal asked for as {@code requestedTerminalId}. */
    public static Readiness evaluate(String requestedTerminalId, EnrollmentChain chain) {
        List<CheckResult> results = new ArrayList<>(EnrollmentCheck.values().length);
        Optional<TerminalLink> live = chain.terminal().filter(t -> !t.isDeleted());
        results.add(live.isPresent()
                ? pass(EnrollmentCheck.TERMINAL_EXISTS, "terminal " + requestedTerminalId + " exists")
                : fail(EnrollmentCheck.TERMINAL_EXISTS, "terminal " + requestedTerminalId + " does not exist or was deleted"));
        results.add(live.map(t -> t.status() == TerminalStatus.ACTIVE
                        ? pass(EnrollmentCheck.TERMINAL_ACTIVE, "terminal is ACTIVE")
                        : fail(EnrollmentCheck.TERMINAL_ACTIVE, "terminal is " + t.status()
                                + t.reason().map(r -> " (" + r + ")").orElse("")))
                .orElse(fail(EnrollmentCheck.TERMINAL_ACTIVE, "no terminal to check")));

        Optional<StoreLink> liveStore = live.flatMap(t -> chain.store().filter(s -> s.id().equals(t.storeId())));
        results.add(liveStore.map(s -> s.status() == StoreStatus.ACTIVE
                        ? pass(EnrollmentCheck.STORE_ACTIVE, "store " + s.storeId() + " is ACTIVE")
                        : fail(EnrollmentCheck.STORE_ACTIVE, "store " + s.storeId() + " is " + s.status()))
                .orElse(fail(EnrollmentCheck.STORE_ACTIVE, live.isEmpty() ? "no terminal to check"
                        : "the terminal's store " + live.get().storeId() + " does not exist")));

        Optional<SellerLink> linked = liveStore.flatMap(s -> chain.seller().filter(p -> p.id().equals(s.payoutDestinationId())));
        results.add(linked.map(p -> pass(EnrollmentCheck.STORE_LINKED, "store is linked to payout destination " + p.id()))
                .orElse(fail(EnrollmentCheck.STORE_LINKED, liveStore
                        .map(s -> "store is linked to payout destination " + s.payoutDestinationId() + ", which does not exist")
                        .orElse("no store to check"))));
        results.add(linked.map(p -> p.isActive()
                        ? pass(EnrollmentCheck.PAYOUT_DESTINATION_ACTIVE, "payout destination case is ACTIVE")
                        : fail(EnrollmentCheck.PAYOUT_DESTINATION_ACTIVE, "payout destination case is " + p.caseStatus()))
                .orElse(fail(EnrollmentCheck.PAYOUT_DESTINATION_ACTIVE, "no payout destination to check")));
        results.add(linked.map(p -> organizationMatches(liveStore.get(), p)
                        ? pass(EnrollmentCheck.ORGANIZATION_MATCHES, "store and payout destination have the same organization number")
                        : fail(EnrollmentCheck.ORGANIZATION_MATCHES, "store organization number "
                                + liveStore.get().organizationNumber().map(Object::toString).orElse("(none)")
                                + " differs from the payout destination's "
                                + p.organizationNumber().map(Object::toString).orElse("(none)")))
                .orElse(fail(EnrollmentCheck.ORGANIZATION_MATCHES, "no payout destination to compare with")));
        return new Readiness(requestedTerminalId, results);
    }

    /** The rule {@link Store#organizationMatches} states for aggregates, on the chain's facts. */
    private static boolean organizationMatches(StoreLink store, SellerLink seller) {
        return Objects.equals(store.organizationNumber(), seller.organizationNumber());
    }
}
