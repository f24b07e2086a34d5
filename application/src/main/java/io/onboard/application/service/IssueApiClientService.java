package io.onboard.application.service;

import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssueApiClientUseCase;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.ApiClients;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.error.NotFoundException;
import java.util.EnumSet;
import java.util.Set;

/** Issues API credentials for an account; the secret is returned once and stored only as a hash. */
public final class IssueApiClientService implements IssueApiClientUseCase {
    private final CommandValidator validator = new CommandValidator();
    private final Accounts accounts;
    private final ApiClients clients;
    private final Transactions transactions;
    private final Clock clock;

    IssueApiClientService(Accounts accounts, ApiClients clients, Transactions transactions, Clock clock) {
        this.accounts = accounts;
        this.clients = clients;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public IssuedClient issue(IssueApiClientCommand command) {
        Input in = validator.check(command);
        Set<Scope> scopes = command.scopes() == null || command.scopes().isEmpty() ? EnumSet.allOf(Scope.class)
                : in.value("scopes", () -> Scope.parseAll(command.scopes()));
        in.done();
        return transactions.inTransaction(() -> {
            if (accounts.find(command.accountId()).isEmpty()) {
                throw new NotFoundException("account", command.accountId().value());
            }
            String clientId = Secrets.clientId();
            String secret = Secrets.secret();
            clients.add(new ApiClient(clientId, command.accountId(), SecretHash.of(secret), scopes, clock.now()));
            return new IssuedClient(clientId, secret, scopes);
        });
    }
}
