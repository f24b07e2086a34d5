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
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.error.AccessDeniedException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.error.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

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
                .filter(c -> command.accountId() == null || c.accountId().value().equals(command.accountId()))
                .filter(c -> c.secretHash().matches(command.clientSecret()))
                .orElseThrow(IssueTokenService::invalidCredentials);
        Set<Scope> scopes = scopesOf(client, command.scopes());
        String token = Secrets.secret();
        return transactions.inTransaction(() -> {
            Instant now = clock.now();
            tokens.deleteExpired(now);
            tokens.add(new AccessToken(SecretHash.of(token), client.clientId(), client.accountId(), scopes, now,
                    now.plus(lifetime)));
            return new IssuedToken(token, client.accountId(), lifetime, scopes);
        });
    }

    /** The scopes asked for, each of which the client must hold (or hold a scope that implies it); none: all. */
    private static Set<Scope> scopesOf(ApiClient client, List<String> requested) {
        if (requested.isEmpty()) {
            return client.scopes();
        }
        Set<Scope> scopes;
        try {
            scopes = Scope.parseAll(requested);
        } catch (InvalidValueException e) {
            throw new ValidationException(ErrorCode.VALIDATION_ERROR, e.getMessage(), List.of(new FieldError("scope", e.getMessage())));
        }
        for (Scope scope : scopes) {
            if (client.scopes().stream().noneMatch(held -> held.grants(scope))) {
                String message = "scope " + scope.wireName() + " is not granted to this client";
                throw new ValidationException(ErrorCode.VALIDATION_ERROR, message, List.of(new FieldError("scope", message)));
            }
        }
        return scopes;
    }

    private static AccessDeniedException invalidCredentials() {
        return new AccessDeniedException(ErrorCode.UNAUTHORIZED, "invalid client credentials for this account");
    }
}
