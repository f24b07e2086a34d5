package io.onboard.application.port.out;

import java.util.Objects;

/**
 * The storage onboarding needs, as one storage adapter provides it, every port sharing one {@link Transactions}.
 * An embedder with storage of its own implements these ports and proves them with the contract-test suite
 * ({@code Abstract*ContractTest} in onboard-application's test-jar); what only the HTTP server needs lives
 * apart in {@link AccessStorage}.
 */
public record OnboardingStorage(Accounts accounts, PayoutDestinations payoutDestinations, Stores stores,
                                Terminals terminals, Sequences sequences, Sessions sessions, Events events,
                                Transactions transactions, EnrollmentChains enrollmentChains) {
    public OnboardingStorage {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(payoutDestinations, "payoutDestinations");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(terminals, "terminals");
        Objects.requireNonNull(sequences, "sequences");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(enrollmentChains, "enrollmentChains");
    }

    /** Storage without a query of its own for enrollment chains: they are read through the aggregate ports. */
    public OnboardingStorage(Accounts accounts, PayoutDestinations payoutDestinations, Stores stores,
                             Terminals terminals, Sequences sequences, Sessions sessions, Events events,
                             Transactions transactions) {
        this(accounts, payoutDestinations, stores, terminals, sequences, sessions, events, transactions,
                EnrollmentChains.over(terminals, stores, payoutDestinations));
    }
}
