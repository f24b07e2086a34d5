package io.onboard.application.inmemory;

import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.ApiClients;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory accounts, API clients and tokens. */
final class InMemoryAccess implements Accounts, ApiClients, AccessTokens {
    private final InMemoryDatabase db;

    InMemoryAccess(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public void add(Account account) {
        db.read(s -> {
            if (s.accounts.putIfAbsent(account.id(), account) != null) {
                throw new ConflictException(ErrorCode.DUPLICATE_ACCOUNT, "account " + account.id() + " already exists");
            }
            return null;
        });
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return db.read(s -> Optional.ofNullable(s.accounts.get(id)));
    }

    @Override
    public boolean any() {
        return db.read(s -> !s.accounts.isEmpty());
    }

    @Override
    public void add(ApiClient client) {
        db.read(s -> {
            if (s.clients.putIfAbsent(client.clientId(), client) != null) {
                throw new IllegalStateException("client id " + client.clientId() + " is taken");
            }
            return null;
        });
    }

    @Override
    public Optional<ApiClient> find(String clientId) {
        return db.read(s -> Optional.ofNullable(s.clients.get(clientId)));
    }

    @Override
    public List<ApiClient> of(AccountId account) {
        return db.read(s -> s.clients.values().stream().filter(c -> c.accountId().equals(account))
                .sorted(Comparator.comparing(ApiClient::createdAt).thenComparing(ApiClient::clientId)).toList());
    }

    @Override
    public void remove(String clientId) {
        db.read(s -> s.clients.remove(clientId));
    }

    @Override
    public void add(AccessToken token) {
        db.read(s -> s.tokens.put(token.tokenHash(), token));
    }

    @Override
    public Optional<AccessToken> find(SecretHash tokenHash) {
        return db.read(s -> Optional.ofNullable(s.tokens.get(tokenHash)));
    }

    @Override
    public int deleteExpired(Instant now) {
        return db.read(s -> {
            int before = s.tokens.size();
            s.tokens.values().removeIf(token -> token.isExpiredAt(now));
            return before - s.tokens.size();
        });
    }

    @Override
    public int deleteOf(String clientId) {
        return db.read(s -> {
            int before = s.tokens.size();
            s.tokens.values().removeIf(token -> token.clientId().equals(clientId));
            return before - s.tokens.size();
        });
    }
}
