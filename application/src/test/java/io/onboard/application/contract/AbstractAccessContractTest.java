package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.ApiClients;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.ApiClient;
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.SecretHash;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contracts of {@link ApiClients} and {@link AccessTokens}, the access ports only the HTTP server needs.
 */
public abstract class AbstractAccessContractTest extends AccessPortContractTest {

    @Test
    public void an_api_client_is_found_by_its_id_with_its_scopes_and_secret_hash() {
        addAccount(ACCOUNT);
        ApiClient client = new ApiClient("client-1", ACCOUNT, SecretHash.of("the secret"),
                EnumSet.of(Scope.WRITE_ACCOUNTS, Scope.READ_CHECKOUT, Scope.WRITE_CHECKOUT), T0);

        access.apiClients().add(client);

        assertThat(access.apiClients().find("client-1")).hasValueSatisfying(found -> {
            assertThat(found).isEqualTo(client);
            assertThat(found.secretHash().matches("the secret")).isTrue();
        });
        assertThat(access.apiClients().find("client-2")).isEmpty();
    }

    @Test
    public void an_api_client_without_scopes_round_trips() {
        addAccount(ACCOUNT);
        ApiClient client = new ApiClient("client-1", ACCOUNT, SecretHash.of("the secret"), Set.of(), T0);

        access.apiClients().add(client);

        assertThat(access.apiClients().find("client-1")).contains(client);
    }

    @Test
    public void an_access_token_is_found_by_its_hash() {
        addClient();
        AccessToken token = token("token-1", T0.plus(Duration.ofHours(1)));

        access.accessTokens().add(token);

        assertThat(access.accessTokens().find(SecretHash.of("token-1"))).contains(token);
        assertThat(access.accessTokens().find(SecretHash.of("token-2"))).isEmpty();
    }

    @Test
    public void delete_expired_forgets_only_tokens_that_expired_and_says_how_many() {
        addClient();
        Instant now = minutesAfterStart(120);
        access.accessTokens().add(token("expired-long-ago", now.minus(Duration.ofHours(1))));
        access.accessTokens().add(token("expired-just-now", now.minusMillis(1)));
        AccessToken valid = token("still-valid", now.plus(Duration.ofMinutes(30)));
        access.accessTokens().add(valid);

        int deleted = access.accessTokens().deleteExpired(now);

        assertThat(deleted).isEqualTo(2);
        assertThat(access.accessTokens().find(SecretHash.of("expired-long-ago"))).isEmpty();
        assertThat(access.accessTokens().find(SecretHash.of("expired-just-now"))).isEmpty();
        assertThat(access.accessTokens().find(SecretHash.of("still-valid"))).contains(valid);
        assertThat(access.accessTokens().deleteExpired(now)).isZero();
    }

    @Test
    public void an_accounts_clients_are_listed_oldest_first_and_a_removed_one_is_gone_with_its_tokens() {
        addClient();
        addAccount(OTHER_ACCOUNT);
        ApiClient later = new ApiClient("client-2", ACCOUNT, SecretHash.of("another"), EnumSet.of(Scope.READ_ACCOUNTS),
                T0.plusSeconds(5));
        access.apiClients().add(later);
        access.apiClients().add(new ApiClient("theirs", OTHER_ACCOUNT, SecretHash.of("theirs"), Set.of(), T0));
        access.accessTokens().add(token("token-1", T0.plus(Duration.ofHours(1))));
        access.accessTokens().add(token("token-2", T0.plus(Duration.ofHours(1))));

        assertThat(access.apiClients().of(ACCOUNT)).extracting(ApiClient::clientId).containsExactly("client-1", "client-2");
        assertThat(access.accessTokens().deleteOf("client-1")).isEqualTo(2);
        access.apiClients().remove("client-1");

        assertThat(access.apiClients().find("client-1")).isEmpty();
        assertThat(access.accessTokens().find(SecretHash.of("token-1"))).isEmpty();
        assertThat(access.apiClients().of(ACCOUNT)).containsExactly(later);
        assertThat(access.apiClients().of(OTHER_ACCOUNT)).extracting(ApiClient::clientId).containsExactly("theirs");
    }

    private void addClient() {
        addAccount(ACCOUNT);
        access.apiClients().add(new ApiClient("client-1", ACCOUNT, SecretHash.of("the secret"),
                EnumSet.of(Scope.ADMIN_ACCOUNTS), T0));
    }

    private static AccessToken token(String secret, Instant expiresAt) {
        return new AccessToken(SecretHash.of(secret), "client-1", ACCOUNT, EnumSet.of(Scope.READ_ACCOUNTS, Scope.WRITE_CHECKOUT),
                T0, expiresAt);
    }
}
