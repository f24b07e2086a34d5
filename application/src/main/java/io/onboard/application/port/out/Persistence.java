package io.onboard.application.port.out;

import java.util.Objects;

/** Every storage port, as one storage adapter provides them, sharing one {@link Transactions}. */
public record Persistence(Accounts accounts, ApiClients apiClients, AccessTokens accessTokens,
                          PayoutDestinations payoutDestinations, Stores stores, Terminals terminals,
                          Sequences sequences, Sessions sessions, IdempotencyRecords idempotencyRecords,
                          Transactions transactions, EnrollmentChains enrollmentChains) {
    public Persistence {
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(apiClients, "apiClients");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(payoutDestinations, "payoutDestinations");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(terminals, "terminals");
        Objects.requireNonNull(sequences, "sequences");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(enrollmentChains, "enrollmentChains");
    }

    /** Storage without a query of its own for enrollment chains: they are read through the aggregate ports. */
    public Persistence(Accounts accounts, ApiClients apiClients, AccessTokens accessTokens,
                       PayoutDestinations payoutDestinations, Stores stores, Terminals terminals, Sequences sequences,
                       Sessions sessions, IdempotencyRecords idempotencyRecords, Transactions transactions) {
        this(accounts, apiClients, accessTokens, payoutDestinations, stores, terminals, sequences, sessions,
                idempotencyRecords, transactions, EnrollmentChains.over(terminals, stores, payoutDestinations));
    }
}
