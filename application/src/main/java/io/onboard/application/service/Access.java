package io.onboard.application.service;

import io.onboard.application.builtin.SystemClock;
import io.onboard.application.port.in.access.AuthenticateUseCase;
import io.onboard.application.port.in.access.BootstrapUseCase;
import io.onboard.application.port.in.access.IssueApiClientUseCase;
import io.onboard.application.port.in.access.ListApiClientsUseCase;
import io.onboard.application.port.in.access.RevokeApiClientUseCase;
import io.onboard.application.port.in.access.IssueTokenUseCase;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.OnboardingStorage;
import java.time.Duration;

/**
 * The server's access use cases: API clients, their tokens, and the first start's bootstrap. Kept apart from
 * {@link Onboard} so that a point-of-sale system embedding onboarding never implements what only a server
 * letting API clients in needs.
 */
public final class Access {
    /** How long an access token lives unless configured otherwise. */
    public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

    private final IssueApiClientService issueApiClient;
    private final IssueTokenService issueToken;
    private final AuthenticateService authenticate;
    private final BootstrapService bootstrap;
    private final RevokeApiClientService revokeApiClient;
    private final ListApiClientsUseCase listApiClients;

    public Access(OnboardingStorage onboarding, AccessStorage access, Clock clock, Duration tokenLifetime) {
        var tx = onboarding.transactions();
        issueApiClient = new IssueApiClientService(onboarding.accounts(), access.apiClients(), tx, clock);
        issueToken = new IssueTokenService(access.apiClients(), access.accessTokens(), tx, clock, tokenLifetime);
        authenticate = new AuthenticateService(access.accessTokens(), clock);
        bootstrap = new BootstrapService(onboarding.accounts(), issueApiClient, tx, clock);
        revokeApiClient = new RevokeApiClientService(access.apiClients(), access.accessTokens(), tx);
        listApiClients = account -> access.apiClients().of(account);
    }

    /** Access with the system clock and tokens that live {@link #DEFAULT_TOKEN_LIFETIME}. */
    public static Access withDefaults(OnboardingStorage onboarding, AccessStorage access) {
        return new Access(onboarding, access, new SystemClock(), DEFAULT_TOKEN_LIFETIME);
    }

    public IssueApiClientUseCase issueApiClient() {
        return issueApiClient;
    }

    public IssueTokenUseCase issueToken() {
        return issueToken;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public BootstrapUseCase bootstrap() {
        return bootstrap;
    }

    public RevokeApiClientUseCase revokeApiClient() {
        return revokeApiClient;
    }

    public ListApiClientsUseCase listApiClients() {
        return listApiClients;
    }
}
