package io.onboard.jdbc;

import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.ApiClients;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.statement.StatementContext;

/** Accounts, API clients and access tokens; secrets and tokens only ever as their hashes. */
final class JdbcAccess implements Accounts, ApiClients, AccessTokens {
    private final JdbiTransactions db;

    JdbcAccess(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public void add(Account account) {
        db.with(h -> h.createUpdate("INSERT INTO accounts (account_id, name, created_at) VALUES (?, ?, ?)")
                .bind(0, account.id().value()).bind(1, account.name()).bind(2, Columns.millis(account.createdAt()))
                .execute());
    }

    @Override
    public Optional<Account> find(AccountId id) {
        return db.with(h -> h.createQuery("SELECT * FROM accounts WHERE account_id = ?").bind(0, id.value())
                .map((rs, ctx) -> new Account(new AccountId(rs.getString("account_id")), rs.getString("name"),
                        Columns.instant(rs, "created_at")))
                .findOne());
    }

    @Override
    public boolean any() {
        return db.with(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM accounts)").mapTo(Boolean.class).one());
    }

    @Override
    public void add(ApiClient client) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO api_clients (client_id, account_id, secret_hash, scopes, created_at)
                        VALUES (?, ?, ?, ?, ?)""")
                .bind(0, client.clientId()).bind(1, client.accountId().value()).bind(2, client.secretHash().hex())
                .bind(3, scopes(client.scopes())).bind(4, Columns.millis(client.createdAt())).execute());
    }

    @Override
    public Optional<ApiClient> find(String clientId) {
        return db.with(h -> h.createQuery("SELECT * FROM api_clients WHERE client_id = ?").bind(0, clientId)
                .map(JdbcAccess::client).findOne());
    }

    @Override
    public List<ApiClient> of(AccountId account) {
        return db.with(h -> h.createQuery("SELECT * FROM api_clients WHERE account_id = ? ORDER BY created_at, client_id")
                .bind(0, account.value()).map(JdbcAccess::client).list());
    }

    @Override
    public void remove(String clientId) {
        db.with(h -> h.createUpdate("DELETE FROM api_clients WHERE client_id = ?").bind(0, clientId).execute());
    }

    @Override
    public int deleteOf(String clientId) {
        return db.with(h -> h.createUpdate("DELETE FROM access_tokens WHERE client_id = ?").bind(0, clientId).execute());
    }

    private static ApiClient client(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ApiClient(rs.getString("client_id"), new AccountId(rs.getString("account_id")),
                new SecretHash(rs.getString("secret_hash")), scopes(rs.getString("scopes")), Columns.instant(rs, "created_at"));
    }

    @Override
    public void add(AccessToken token) {
        db.with(h -> h.createUpdate("""
                        INSERT INTO access_tokens (token_hash, client_id, account_id, scopes, issued_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?)""")
                .bind(0, token.tokenHash().hex()).bind(1, token.clientId()).bind(2, token.accountId().value())
                .bind(3, scopes(token.scopes())).bind(4, Columns.millis(token.issuedAt()))
                .bind(5, Columns.millis(token.expiresAt())).execute());
    }

    @Override
    public Optional<AccessToken> find(SecretHash tokenHash) {
        return db.with(h -> h.createQuery("SELECT * FROM access_tokens WHERE token_hash = ?").bind(0, tokenHash.hex())
                .map((rs, ctx) -> new AccessToken(new SecretHash(rs.getString("token_hash")), rs.getString("client_id"),
                        new AccountId(rs.getString("account_id")), scopes(rs.getString("scopes")),
                        Columns.instant(rs, "issued_at"), Columns.instant(rs, "expires_at")))
                .findOne());
    }

    @Override
    public int deleteExpired(Instant now) {
        return db.with(h -> h.createUpdate("DELETE FROM access_tokens WHERE expires_at <= ?")
                .bind(0, Columns.millis(now)).execute());
    }

    private static String scopes(Set<Scope> scopes) {
        return scopes.stream().map(Scope::wireName).sorted().collect(Collectors.joining(" "));
    }

    private static Set<Scope> scopes(String column) {
        return column.isEmpty() ? Set.of() : Scope.parseAll(Arrays.asList(column.split(" ")));
    }
}
