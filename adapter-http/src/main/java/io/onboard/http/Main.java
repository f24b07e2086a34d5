package io.onboard.http;

import io.onboard.application.builtin.SimulatedDevices;
import io.onboard.application.builtin.SimulatedProvisioning;
import io.onboard.application.builtin.SystemClock;
import io.onboard.application.port.out.Clock;
import io.onboard.application.port.out.IdempotencyRecords;
import io.onboard.application.port.out.Transactions;
import io.onboard.application.service.Access;
import io.onboard.application.service.Onboard;
import io.onboard.application.service.Webhooks;
import io.onboard.jdbc.SecretSeal;
import io.onboard.sender.JettyWebhookSender;
import io.onboard.jdbc.JdbcStorage;
import io.onboard.jdbc.StorageStatistics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's composition root: SQLite storage, the application with its built-ins, the HTTP API. On an
 * empty database it creates the first account and client and prints the client's credentials once; it stops
 * cleanly (server first, then storage) on SIGTERM.
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        Settings settings;
        try {
            settings = Settings.parse(args, System.getenv());
            secretKeyFile(settings);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(Settings.USAGE);
            System.exit(2);
            return;
        }
        Running server = start(settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping");
            server.stop();
            LOG.info("stopped");
        }, "onboard-shutdown"));
        LOG.info("Onboard API listening on http://localhost:{} (database {}, webhook secret key {})", server.port(),
                JdbcStorage.describe(settings.database()), secretKeyFile(settings).toAbsolutePath().normalize());
    }

    /** Opens the database and starts the API on it; prints the first client's credentials to {@code out}. */
    static Running start(Settings settings, PrintStream out) {
        Warmup.begin(Onboard::prepare);
        JdbcStorage storage = JdbcStorage.open(settings.database());
        OnboardApi api = null;
        try {
            Onboard onboard = Onboard.builder(storage.onboarding()).operations(storage.operations())
                    .devices(new SimulatedDevices(settings.deviceDelay())).operationTimeout(settings.operationTimeout())
                    .provisioning(new SimulatedProvisioning(settings.provisioningDelay()))
                    .provisionings(storage.provisionings()).provisioningTimeout(settings.provisioningTimeout())
                    .build();
            Access access = Access.withDefaults(storage.onboarding(), storage.access());
            printFirstClient(access, out);
            JettyWebhookSender sender = new JettyWebhookSender();
            Webhooks webhooks = Webhooks.withDefaults(storage.onboarding(),
                    storage.webhooks(SecretSeal.loadOrCreate(secretKeyFile(settings))), sender);
            Metrics metrics = new Metrics();
            measureStorage(metrics, storage);
            api = new OnboardApi(useCases(onboard, access, webhooks, storage.access().idempotencyRecords(),
                    storage.onboarding().transactions(), new SystemClock()), metrics, storage::isReady);
            api.start("0.0.0.0", settings.port());
            Housekeeping housekeeping = new Housekeeping(onboard.purgeOldEvents());
            RoundLoop dispatcher = new RoundLoop("webhooks", () -> {
                var round = webhooks.dispatch().dispatch();
                return new RoundLoop.Started(round.attempts(), round.settled());
            });
            // a silent device never answers, so operations are not counted in flight: one per terminal bounds them;
            // the same worker hands terminals to a provider that settles later
            RoundLoop operations = new RoundLoop("operations", () ->
                    new RoundLoop.Started(onboard.runOperations().run().handled(), CompletableFuture.completedFuture(null)));
            return new Running(api, () -> {
                metrics.close();
                operations.close();
                dispatcher.close();
                sender.close();
                housekeeping.close();
                storage.close();
            });
        } catch (RuntimeException e) {
            // A port in use, say: the process is about to end, but an embedding caller would keep the pool.
            if (api != null) {
                api.stop();
            }
            storage.close();
            throw e;
        }
    }

    /**
     * SPEC 11's storage series: deliveries and operations by status, the oldest pending delivery's age, and the
     * connection pool; one query for all of them per scrape at most every 5 s.
     */
    static void measureStorage(Metrics metrics, JdbcStorage storage) {
        Supplier<StorageStatistics> now = Metrics.sampledEvery(Duration.ofSeconds(5), storage::statistics);
        for (String status : List.of("PENDING", "DELIVERED", "FAILED")) {
            metrics.gauge("onboard.webhook.deliveries", "Webhook deliveries in the database, by status",
                    () -> now.get().deliveries().get(status), "status", status.toLowerCase(Locale.ROOT));
        }
        metrics.gauge("onboard.webhook.oldest.pending.delivery.age.seconds", "How long the oldest pending delivery has waited",
                () -> now.get().oldestPendingDelivery().map(at -> Duration.between(at, Instant.now()).toMillis() / 1000.0)
                        .orElse(0.0));
        for (String status : List.of("PENDING", "COMPLETED", "FAILED", "TIMEOUT")) {
            metrics.gauge("onboard.terminal.operations", "Terminal operations in the database, by status",
                    () -> now.get().operations().get(status), "status", status.toLowerCase(Locale.ROOT));
        }
        metrics.gauge("onboard.db.pool.connections", "Database connections in use", () -> now.get().pool()
                .map(StorageStatistics.Pool::active).orElse(0), "state", "active");
        metrics.gauge("onboard.db.pool.connections", "Database connections idle", () -> now.get().pool()
                .map(StorageStatistics.Pool::idle).orElse(0), "state", "idle");
        metrics.gauge("onboard.db.pool.waiting.threads", "Threads waiting for a database connection", () -> now.get().pool()
                .map(StorageStatistics.Pool::waiting).orElse(0));
    }

    /** The key file given, else the one beside a SQLite database; {@link IllegalArgumentException} for PostgreSQL. */
    static Path secretKeyFile(Settings settings) {
        return settings.secretKeyFile() != null ? settings.secretKeyFile()
                : JdbcStorage.defaultSecretKeyFile(settings.database());
    }

    /** A started server: stop the API first, so no request is left without its storage; then its chores and storage. */
    record Running(OnboardApi api, Runnable closeStorage) {
        int port() {
            return api.port();
        }

        void stop() {
            api.stop();
            closeStorage.run();
        }
    }

    /** First start: the bootstrap client's credentials, on a line of their own, shown this once. */
    static void printFirstClient(Access access, PrintStream out) {
        access.bootstrap().bootstrapIfEmpty().ifPresent(client -> {
            out.println("client_id=" + client.clientId() + " client_secret=" + client.clientSecret());
            out.flush();
        });
    }

    /** The use cases the API maps requests to, taken from the wired application. */
    static UseCases useCases(Onboard onboard, Access access, Webhooks webhooks, IdempotencyRecords idempotency,
                             Transactions transactions, Clock clock) {
        return new UseCases(access.issueToken(), access.authenticate(), access.revokeApiClient(),
                onboard.applyForPayoutDestination(),
                onboard.takeCaseAction(), onboard.getPayoutDestination(), onboard.listPayoutDestinations(),
                onboard.createStore(), onboard.getStore(), onboard.listStores(), onboard.updateStore(),
                onboard.deleteStore(), onboard.registerTerminal(), onboard.getTerminal(), onboard.listTerminals(),
                onboard.updateTerminal(), onboard.removeTerminal(), onboard.syncTerminal(), onboard.checkReadiness(),
                onboard.createSession(), onboard.getSession(), onboard.listEvents(), onboard.getEvent(),
                webhooks.useCases(),
                new OperationUseCases(onboard.startOperation(), onboard.getOperation(), onboard.listOperations()),
                idempotency, transactions, clock);
    }
}
