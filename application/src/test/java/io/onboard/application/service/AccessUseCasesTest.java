package io.onboard.application.service;

import static io.onboard.application.testdata.Seed.ACCOUNT;
import static io.onboard.application.testdata.Seed.OTHER_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.access.AuthenticateUseCase;
import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssueTokenCommand;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.access.IssuedToken;
import io.onboard.application.port.out.AccessTokens;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.domain.access.AccessToken;
import io.onboard.domain.access.Caller;
import io.onboard.domain.access.Scope;
import io.onboard.domain.access.SecretHash;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** API clients, tokens and authentication: secrets shown once, stored hashed, tokens that expire. */
class AccessUseCasesTest extends UseCaseTest {

    @Test
    void a_client_gets_a_token_that_authenticates_as_its_account_with_its_scopes() {
        IssuedClient client = access.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, List.of("read:accounts")));

        IssuedToken token = access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), client.clientId(), client.clientSecret()));
        Caller caller = access.authenticate().authenticate(token.accessToken());

        assertThat(caller.accountId()).isEqualTo(ACCOUNT);
        assertThat(caller.scopes()).containsExactly(Scope.READ_ACCOUNTS);
        assertThat(token.expiresIn()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void secrets_and_tokens_are_256_random_bits_and_stored_only_as_hashes() {
        IssuedClient client = access.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, null));
        IssuedToken token = access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), client.clientId(), client.clientSecret()));

        assertThat(Base64.getUrlDecoder().decode(client.clientSecret())).hasSize(32);
        assertThat(Base64.getUrlDecoder().decode(token.accessToken())).hasSize(32);
        var stored = memory.access().apiClients().find(client.clientId()).orElseThrow();
        assertThat(stored.secretHash()).isEqualTo(SecretHash.of(client.clientSecret()));
        assertThat(stored.secretHash().hex()).doesNotContain(client.clientSecret());
        assertThat(memory.access().accessTokens().find(SecretHash.of(token.accessToken()))).isPresent();
        assertThat(client.scopes()).isEqualTo(EnumSet.allOf(Scope.class));
    }

    @Test
    void wrong_credentials_are_unauthorized_whatever_was_wrong() {
        IssuedClient client = access.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, null));

        refusal(ErrorCode.UNAUTHORIZED, () -> access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), client.clientId(), "wrong")));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), "cli_nobody", client.clientSecret())));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.issueToken().issue(
                new IssueTokenCommand(OTHER_ACCOUNT.value(), client.clientId(), client.clientSecret())));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), null, null)));
    }

    @Test
    void a_revoked_client_issues_no_token_and_its_tokens_stop_working_once_rechecked() {
        IssuedClient client = access.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, null));
        String token = access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), client.clientId(),
                client.clientSecret())).accessToken();
        access.authenticate().authenticate(token);
        Access elsewhere = new Access(storage, memory.access(), clock, Duration.ofHours(1));

        refusal(ErrorCode.NOT_FOUND, () -> elsewhere.revokeApiClient().revoke(OTHER_ACCOUNT, client.clientId()));
        elsewhere.revokeApiClient().revoke(ACCOUNT, client.clientId());

        assertThat(access.authenticate().authenticate(token).accountId())
                .as("a server that checked the token a moment ago may still take it").isEqualTo(ACCOUNT);
        clock.advance(AuthenticateUseCase.RECHECK.plusMillis(1));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.authenticate().authenticate(token));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(),
                client.clientId(), client.clientSecret())));
        assertThat(access.listApiClients().list(ACCOUNT)).extracting(c -> c.clientId()).doesNotContain(client.clientId());
    }

    @Test
    void a_token_expires_after_its_lifetime() {
        IssuedClient client = access.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, null));
        String token = access.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), client.clientId(), client.clientSecret())).accessToken();

        clock.advance(Duration.ofMinutes(59));
        assertThat(access.authenticate().authenticate(token).accountId()).isEqualTo(ACCOUNT);
        clock.advance(Duration.ofMinutes(1));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.authenticate().authenticate(token));
    }

    @Test
    void a_token_once_found_is_taken_from_memory_until_rechecked_and_still_expires() {
        AtomicInteger reads = new AtomicInteger();
        AccessTokens counted = new AccessTokens() {
            @Override
            public void add(AccessToken token) {
                memory.access().accessTokens().add(token);
            }

            @Override
            public Optional<AccessToken> find(SecretHash tokenHash) {
                reads.incrementAndGet();
                return memory.access().accessTokens().find(tokenHash);
            }

            @Override
            public int deleteExpired(Instant now) {
                return memory.access().accessTokens().deleteExpired(now);
            }

            @Override
            public int deleteOf(String clientId) {
                return memory.access().accessTokens().deleteOf(clientId);
            }
        };
        AccessStorage stored = memory.access();
        Access counting = new Access(storage, new AccessStorage(stored.apiClients(), counted, stored.idempotencyRecords()),
                clock, Duration.ofHours(1));
        IssuedClient client = counting.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, null));
        String token = counting.issueToken().issue(new IssueTokenCommand(ACCOUNT.value(), client.clientId(), client.clientSecret())).accessToken();

        for (int i = 0; i < 5; i++) {
            assertThat(counting.authenticate().authenticate(token).accountId()).isEqualTo(ACCOUNT);
        }
        assertThat(reads.get()).isEqualTo(1);
        clock.advance(AuthenticateUseCase.RECHECK.plusMillis(1));
        counting.authenticate().authenticate(token);
        assertThat(reads.get()).as("read again once the last check is RECHECK old").isEqualTo(2);
        clock.advance(Duration.ofHours(1));
        refusal(ErrorCode.UNAUTHORIZED, () -> counting.authenticate().authenticate(token));
    }

    @Test
    void missing_or_unknown_tokens_are_unauthorized() {
        refusal(ErrorCode.UNAUTHORIZED, () -> access.authenticate().authenticate(null));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.authenticate().authenticate(" "));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.authenticate().authenticate("made-up"));
        refusal(ErrorCode.UNAUTHORIZED, () -> access.authenticate().authenticate("x".repeat(10_000)));
    }

    @Test
    void unknown_scopes_and_unknown_accounts_are_refused() {
        refusal(ErrorCode.VALIDATION_ERROR, () -> access.issueApiClient().issue(new IssueApiClientCommand(ACCOUNT, List.of("root"))));
        refusal(ErrorCode.NOT_FOUND, () -> access.issueApiClient().issue(new IssueApiClientCommand(AccountId.parse("P00000009"), null)));
    }

    @Test
    void accounts_are_created_once_with_a_valid_id() {
        refusal(ErrorCode.DUPLICATE_ACCOUNT, () -> onboard.createAccount().create(new CreateAccountCommand(ACCOUNT.value(), null)));
        refusal(ErrorCode.VALIDATION_ERROR, () -> onboard.createAccount().create(new CreateAccountCommand("X123", null)));
    }

    @Test
    void an_empty_database_is_bootstrapped_once_with_an_all_scopes_client() {
        InMemoryStorage empty = InMemoryStorage.create();
        Access fresh = new Access(empty.onboarding(), empty.access(), clock, Duration.ofHours(1));

        IssuedClient client = fresh.bootstrap().bootstrapIfEmpty().orElseThrow();
        String token = fresh.issueToken().issue(new IssueTokenCommand("T00000001", client.clientId(), client.clientSecret())).accessToken();

        assertThat(fresh.authenticate().authenticate(token).scopes()).isEqualTo(EnumSet.allOf(Scope.class));
        assertThat(fresh.bootstrap().bootstrapIfEmpty()).isEmpty();
    }
}
