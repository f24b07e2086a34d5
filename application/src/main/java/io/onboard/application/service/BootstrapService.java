package io.onboard.application.service;

import io.onboard.application.port.in.access.BootstrapUseCase;
import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import java.util.Optional;

/** First start on an empty database: one test account and one all-scopes client, so the API is usable at once. */
public final class BootstrapService implements BootstrapUseCase {
    private final Accounts accounts;
    private final IssueApiClientService clients;
    private final Transactions transactions;
    private final Clock clock;

    BootstrapService(Accounts accounts, IssueApiClientService clients, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<IssuedClient> bootstrapIfEmpty() {
        return transactions.inTransaction(() -> {
            if (accounts.any()) {
                return Optional.empty();
            }
            AccountId first = AccountId.parse(FIRST_ACCOUNT);
            accounts.add(new Account(first, "Test account", clock.now()));
            return Optional.of(clients.issue(new IssueApiClientCommand(first, null)));
        });
    }
}
