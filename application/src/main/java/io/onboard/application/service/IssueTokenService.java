package io.onboard.application.service;

import io.onboard.application.port.in.access.IssueTokenCommand;
import io.onboard.application.port.in.access.IssueTokenUseCase;
import io.onboard.application.port.in.access.IssuedToken;
import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.ApiClients;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.Transactions;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;

/**
 * Exchanges client credentials for a bearer token of the client's account. Every wrong credential gets
 * the same answer, so a caller cannot learn which client ids exist.
 */
public final class IssueTokenService implements IssueTokenUseCase {
    private final ApiClients clients;
    private final AccessTokens tokens;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration lifetime;

    IssueTokenService(ApiClients clients, AccessTokens tokens, Transactions transactions, Clock clock, Duration lifetime) {
        this.clients = clients;
        this.tokens = tokens;
        this.transactions = transactions;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    @Override
    public IssuedToken issue(IssueTokenCommand command) {
        if (command.clientId() == null || command.clientSecret() == null) {
            throw invalidCredentials();
        }
        ApiClient client = clients.find(command.clientId())
                .filter(c -> c.accountId().value().equals(command.accountId()))
                .filter(c -> c.secretHash().matches(command.clientSecret()))
                .orElseThrow(IssueTokenService::invalidCredentials);
        String token = Secrets.secret();
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            tokens.deleteExpired(now);
            tokens.add(new AccessToken(SecretHash.of(token), client.clientId(), client.accountId(), client.scopes(), now,
                    now.plus(lifetime)));
            return new IssuedToken(token, lifetime);
        });
    }

    private static AccessDeniedException invalidCredentials() {
        return new AccessDeniedException(ErrorCode.UNAUTHORIZED, "invalid client credentials for this account");
    }
}
