package io.onboard.jdbc.bench;

import com.sun.net.httpserver.HttpServer;
import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.store.UpdateStoreCommand;
import io.onboard.application.port.in.webhook.CreateSubscriptionCommand;
import io.onboard.application.port.in.webhook.SubscriptionSettings;
import io.onboard.application.service.Access;
import io.onboard.application.service.Onboard;
import io.onboard.application.service.Webhooks;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.account.AccountId;
import io.onboard.jdbc.SecretSeal;
import io.onboard.jdbc.SqliteStorage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Webhook dispatch through the real server (issue 13's benchmarks): a backlog of N events made in-process for a
 * subscription to a fast loopback receiver, then the server started on that database and timed until the receiver
 * has all N (deliveries/s); then changes at a light rate over HTTP, each timed from its event's {@code created_at}
 * (stamped in the change's transaction) to its arrival (commit-to-receipt latency). Prints one line of figures.
 *
 * <p>Usage: {@code DispatchBenchmark <work folder> <server jar> <events> "<server JVM options>"}
 */
public final class DispatchBenchmark {
    private static final AccountId ACCOUNT = AccountId.parse("T00000001");
    private static final Pattern CREATED = Pattern.compile("\"created_at\":\"([^\"]+)\"");
    private static final int STORES = 200;
    private static final int LIGHT_CHANGES = 400;
    private static final int LIGHT_RATE = 20;

    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger received = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        new DispatchBenchmark().run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]),
                args.length > 3 ? args[3] : "");
    }

    private void run(Path work, Path jar, int backlog, String jvmOptions) throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            long now = System.currentTimeMillis();
            received.incrementAndGet();
            Matcher created = CREATED.matcher(new String(body, StandardCharsets.UTF_8));
            if (created.find()) {
                latencies.add(now - Instant.parse(created.group(1)).toEpochMilli());
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        receiver.start();
        Path db = work.resolve("dispatch.db");
        for (String suffix : List.of("", "-wal", "-shm", ".key")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        String credentials = prepare(db, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks", backlog);
        latencies.clear();

        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java"));
        if (!jvmOptions.isBlank()) {
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port), "--db", db.toString()));
        long start = System.nanoTime();
        Process server = new ProcessBuilder(command).redirectOutput(work.resolve("dispatch-server.log").toFile())
                .redirectErrorStream(true).start();
        try {
            while (received.get() < backlog) {
                if (!server.isAlive() || System.nanoTime() - start > 600_000_000_000L) {
                    throw new IllegalStateException("the backlog was not delivered: " + received.get() + " of " + backlog);
                }
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double perSecond = backlog / seconds;

            latencies.clear();
            String token = token(port, credentials);
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < LIGHT_CHANGES; i++) {
                long due = System.nanoTime() + 1_000_000_000L / LIGHT_RATE;
                HttpRequest rename = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/accounts/"
                                + ACCOUNT.value() + "/stores/store-" + (i % STORES)))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"store_name\": \"Light " + i + "\"}")).build();
                http.send(rename, HttpResponse.BodyHandlers.discarding());
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (latencies.size() < LIGHT_CHANGES && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("dispatch_backlog=%d dispatch_seconds=%.2f deliveries_per_s=%.0f light_changes=%d"
                            + " latency_p50_ms=%d latency_p99_ms=%d latency_max_ms=%d%n", backlog, seconds, perSecond,
                    sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
                    sorted.get(sorted.size() - 1));
        } finally {
            server.destroy();
            server.waitFor();
            receiver.stop(0);
            System.exit(0);
        }
    }

    /** The account, a seller, the stores, the subscription, then the backlog: {@code backlog} store renames. */
    private static String prepare(Path db, String url, int backlog) {
        try (SqliteStorage storage = SqliteStorage.open(db)) {
            Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
            onboard.createAccount().create(new CreateAccountCommand(ACCOUNT.value(), "Dispatch benchmark"));
            IssuedClient client = Access.withDefaults(storage.onboarding(), storage.access()).issueApiClient()
                    .issue(new IssueApiClientCommand(ACCOUNT, List.of()));
            onboard.applyForPayoutDestination().apply(Requests.company(ACCOUNT, "seller-1", "923663487", "AUTO_APPROVE"));
            for (int i = 0; i < STORES; i++) {
                onboard.createStore().create(Requests.store(ACCOUNT, "store-" + i, "seller-1", null));
            }
            Webhooks webhooks = Webhooks.withDefaults(storage.onboarding(),
                    storage.webhooks(SecretSeal.loadOrCreate(Path.of(db + ".key"))), message -> {
                        throw new IllegalStateException("nothing is sent while preparing");
                    });
            webhooks.useCases().createSubscription().create(CreateSubscriptionCommand.of(ACCOUNT,
                    SubscriptionSettings.to(url).events(io.onboard.domain.event.EventType.ACCOUNT_STORE_UPDATE)));
            for (int i = 0; i < backlog; i++) {
                onboard.updateStore().update(new UpdateStoreCommand(ACCOUNT, "store-" + (i % STORES), null,
                        "Backlog " + i, null, null, null, null, null, null, null, null));
            }
            return client.clientId() + ":" + client.clientSecret();
        }
    }

    private static String token(int port, String credentials) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/accounts/"
                        + ACCOUNT.value() + "/auth/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no token: " + body);
        }
        return token.group(1);
    }
}
