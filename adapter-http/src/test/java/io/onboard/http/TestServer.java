package io.onboard.http;

import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.access.IssueTokenCommand;
import io.onboard.application.port.out.AccessStorage;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Operations;
import io.onboard.application.port.out.Stores;
import io.onboard.application.service.Access;
import io.onboard.application.service.Onboard;
import io.onboard.application.service.Webhooks;
import io.onboard.sender.JettyWebhookSender;
import io.onboard.application.builtin.SystemHostResolver;
import io.onboard.application.port.out.WebhookStorage;
import java.security.SecureRandom;
import io.onboard.application.testdata.MutableClock;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.account.AccountId;
import java.lang.reflect.Proxy;
import java.util.Base64;
import java.util.List;
import io.onboard.jdbc.PostgresStorage;
import io.onboard.jdbc.SecretSeal;
import io.onboard.jdbc.testing.TestPostgres;

/**
 * The API on a free port over in-memory storage (or any other) with a clock the test moves,
 * with the seed's account and another account, each with an all-scopes client.
 */
final class TestServer implements AutoCloseable {
    final MutableClock clock = MutableClock.at("2026-11-23T20:41:00.123Z");
    final Onboard onboard;
    final Access access;
    /** Webhooks with a real sender; the tests run the dispatcher's rounds themselves ({@code dispatchAll}). */
    final Webhooks webhooks;
    private final JettyWebhookSender sender = new JettyWebhookSender();
    final OnboardApi api;
    /** What {@code /health/ready} says: a test turns it off as a database that stopped answering would. */
    final java.util.concurrent.atomic.AtomicBoolean ready = new java.util.concurrent.atomic.AtomicBoolean(true);
    final ApiClient client;
    final OpenApiContract contract;
    /** The storage the server was given to close with it, if any. */
    private AutoCloseable storage = () -> { };

    TestServer() {
        this(InMemoryStorage.create());
    }

    TestServer(InMemoryStorage memory) {
        this(memory.onboarding(), memory.access(), memory.webhooks(), memory.operations());
    }

    /** Over storage of a test's own making; webhooks and operations then keep to an in-memory store apart. */
    TestServer(OnboardingStorage storage, AccessStorage accessStorage) {
        this(storage, accessStorage, InMemoryStorage.create().webhooks(), InMemoryStorage.create().operations());
    }

    TestServer(OnboardingStorage storage, AccessStorage accessStorage, WebhookStorage webhookStorage,
               Operations operations) {
        onboard = Onboard.builder(storage).clock(clock).operations(operations).build();
        access = new Access(storage, accessStorage, clock, Access.DEFAULT_TOKEN_LIFETIME);
        webhooks = new Webhooks(storage, webhookStorage, sender, new SystemHostResolver(), clock, new SecureRandom());
        api = new OnboardApi(Main.useCases(onboard, access, webhooks, accessStorage.idempotencyRecords(),
                storage.transactions(), clock), new Metrics(), ready::get).start("127.0.0.1", 0);
        contract = OpenApiContract.shared();
        client = new ApiClient("http://127.0.0.1:" + api.port(), contract);
        for (AccountId account : List.of(Seed.ACCOUNT, Seed.OTHER_ACCOUNT)) {
            onboard.createAccount().create(new CreateAccountCommand(account.value(), "Account " + account));
        }
    }

    /**
     * The API over Onboard's storage on a new, empty database of the test PostgreSQL server ({@link TestPostgres}),
     * closed with the server.
     */
    static TestServer onPostgres() {
        PostgresStorage postgres = PostgresStorage.open(TestPostgres.newDatabase());
        try {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            TestServer server = new TestServer(postgres.onboarding(), postgres.access(),
                    postgres.webhooks(SecretSeal.of(Base64.getEncoder().encodeToString(key))), postgres.operations());
            server.storage = postgres;
            return server;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** A new API client of {@code account} with {@code scopes} (none means every scope). */
    IssuedClient newClient(AccountId account, String... scopes) {
        return access.issueApiClient().issue(new IssueApiClientCommand(account, scopes.length == 0 ? null : List.of(scopes)));
    }

    /** A bearer token of a new client of {@code account} holding {@code scopes} (none means every scope). */
    String token(AccountId account, String... scopes) {
        IssuedClient issued = newClient(account, scopes);
        return access.issueToken().issue(new IssueTokenCommand(account.value(),
                issued.clientId(), issued.clientSecret())).accessToken();
    }

    /** {@code real} with other stores in it: stores that fail, or that race, as a test needs. */
    static OnboardingStorage withStores(OnboardingStorage real, Stores stores) {
        return new OnboardingStorage(real.accounts(), real.payoutDestinations(), stores, real.terminals(),
                real.sequences(), real.sessions(), real.events(), real.transactions());
    }

    /** Stores that fail on every call with {@code failure}, as a broken database would. */
    static Stores brokenStores(String failure) {
        return (Stores) Proxy.newProxyInstance(Stores.class.getClassLoader(), new Class<?>[] {Stores.class},
                (proxy, method, args) -> {
                    throw new IllegalStateException(failure);
                });
    }

    /** The server's clock as a {@link java.time.Clock}, for receivers that check signature timestamps against it. */
    java.time.Clock javaClock() {
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return clock.now();
            }
        };
    }

    /** Runs dispatcher rounds until one finds nothing to send, waiting for each round's answers. */
    void dispatchAll() {
        for (int round = 0; round < 100; round++) {
            var started = webhooks.dispatch().dispatch();
            started.settled().join();
            if (started.attempts() == 0) {
                return;
            }
        }
        throw new AssertionError("the dispatcher kept finding work after 100 rounds");
    }

    @Override
    public void close() {
        api.stop();
        sender.close();
        try {
            storage.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
