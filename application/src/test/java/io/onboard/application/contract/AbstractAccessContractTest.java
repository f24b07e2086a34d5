package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.Accounts;
import io.onboard.application.port.out.ApiClients;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contracts of {@link Accounts}, {@link ApiClients} and {@link AccessTokens}. */
public abstract class AbstractAccessContractTest extends PortContractTest {

    @Test
    public void an_empty_storage_has_no_account_and_one_added_account_is_enough_for_any() {
        assertThat(persistence.accounts().any()).isFalse();

        addAccount(ACCOUNT);

        assertThat(persistence.accounts().any()).isTrue();
    }

    @Test
    public void an_added_account_is_found_as_it_was_added() {
        Account named = new Account(ACCOUNT, "Oslo Kaffe Group", T0);
        Account unnamed = new Account(OTHER_ACCOUNT, null, minutesAfterStart(1));

        persistence.accounts().add(named);
        persistence.accounts().add(unnamed);

        assertThat(persistence.accounts().find(ACCOUNT)).contains(named);
        assertThat(persistence.accounts().find(OTHER_ACCOUNT)).contains(unnamed);
        assertThat(persistence.accounts().find(AccountId.parse("P11223351"))).isEmpty();
    }

    @Test
    public void an_account_id_can_be_added_only_once() {
        Account first = addAccount(ACCOUNT);

        assertConflict(() -> persistence.accounts().add(new Account(ACCOUNT, "Impostor", minutesAfterStart(1))),
                ErrorCode.DUPLICATE_ACCOUNT);

        assertThat(persistence.accounts().find(ACCOUNT)).contains(first);
    }

    @Test
    public void an_api_client_is_found_by_its_id_with_its_scopes_and_secret_hash() {
        addAccount(ACCOUNT);
        ApiClient client = new ApiClient("client-1", ACCOUNT, SecretHash.of("the secret"),
                EnumSet.of(Scope.WRITE_ACCOUNTS, Scope.READ_CHECKOUT, Scope.WRITE_CHECKOUT), T0);

        persistence.apiClients().add(client);

        assertThat(persistence.apiClients().find("client-1")).hasValueSatisfying(found -> {
            assertThat(found).isEqualTo(client);
            assertThat(found.secretHash().matches("the secret")).isTrue();
        });
        assertThat(persistence.apiClients().find("client-2")).isEmpty();
    }

    @Test
    public void an_api_client_without_scopes_round_trips() {
        addAccount(ACCOUNT);
        ApiClient client = new ApiClient("client-1", ACCOUNT, SecretHash.of("the secret"), Set.of(), T0);

        persistence.apiClients().add(client);

        assertThat(persistence.apiClients().find("client-1")).contains(client);
    }

    @Test
    public void an_access_token_is_found_by_its_hash() {
        addClient();
        AccessToken token = token("token-1", T0.plus(Duration.ofHours(1)));

        persistence.accessTokens().add(token);

        assertThat(persistence.accessTokens().find(SecretHash.of("token-1"))).contains(token);
        assertThat(persistence.accessTokens().find(SecretHash.of("token-2"))).isEmpty();
    }

    @Test
    public void delete_expired_forgets_only_tokens_that_expired_and_says_how_many() {
        addClient();
        Instant now = minutesAfterStart(120);
        persistence.accessTokens().add(token("expired-long-ago", now.minus(Duration.ofHours(1))));
        persistence.accessTokens().add(token("expired-just-now", now.minusMillis(1)));
        AccessToken valid = token("still-valid", now.plus(Duration.ofMinutes(30)));
        persistence.accessTokens().add(valid);

        int deleted = persistence.accessTokens().deleteExpired(now);

        assertThat(deleted).isEqualTo(2);
        assertThat(persistence.accessTokens().find(SecretHash.of("expired-long-ago"))).isEmpty();
        assertThat(persistence.accessTokens().find(SecretHash.of("expired-just-now"))).isEmpty();
        assertThat(persistence.accessTokens().find(SecretHash.of("still-valid"))).contains(valid);
        assertThat(persistence.accessTokens().deleteExpired(now)).isZero();
    }

    private void addClient() {
        addAccount(ACCOUNT);
        persistence.apiClients().add(new ApiClient("client-1", ACCOUNT, SecretHash.of("the secret"),
                EnumSet.of(Scope.ADMIN_ACCOUNTS), T0));
    }

    private static AccessToken token(String secret, Instant expiresAt) {
        return new AccessToken(SecretHash.of(secret), "client-1", ACCOUNT, EnumSet.of(Scope.READ_ACCOUNTS, Scope.WRITE_CHECKOUT),
                T0, expiresAt);
    }
}
