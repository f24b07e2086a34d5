package io.onboard.jdbc.bench;

import io.onboard.application.port.in.access.IssueApiClientCommand;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.service.Access;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.jdbc.SqliteStorage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terminal operations through the real server with zero-delay simulated devices (issue 14's benchmark): operations
 * started per second over HTTP (16 connections, one operation on each of N terminals), then the time from a start's
 * {@code 202} to the operation read back {@code COMPLETED}, one at a time. Prints one line of figures.
 *
 * <p>Usage: {@code OperationsBenchmark <work folder> <server jar> <terminals> "<server JVM options>"}
 */
public final class OperationsBenchmark {
    private static final AccountId ACCOUNT = AccountId.parse("T00000001");
    private static final Pattern FIELD = Pattern.compile("\"(access_token|status)\":\"([^\"]+)\"");
    private static final int LATENCY_SAMPLES = 200;

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int terminals = Integer.parseInt(args[2]);
        Path db = work.resolve("operations.db");
        for (String suffix : List.of("", "-wal", "-shm", ".key")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        String credentials = prepare(db, terminals + LATENCY_SAMPLES);
        int port;
        try (var socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of("java"));
        if (args.length > 3 && !args[3].isBlank()) {
            command.addAll(List.of(args[3].trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", args[1], "--port", String.valueOf(port), "--db", db.toString(),
                "--device-delay-ms", "0"));
        Process server = new ProcessBuilder(command).redirectOutput(work.resolve("operations-server.log").toFile())
                .redirectErrorStream(true).start();
        try {
            String api = "http://127.0.0.1:" + port + "/v1/accounts/" + ACCOUNT.value();
            HttpClient http = HttpClient.newHttpClient();
            String token = waitForToken(http, api, credentials);
            AtomicInteger next = new AtomicInteger(1);
            AtomicInteger refused = new AtomicInteger();
            ExecutorService threads = Executors.newFixedThreadPool(16);
            long start = System.nanoTime();
            for (int t = 0; t < 16; t++) {
                threads.submit(() -> {
                    for (int n = next.getAndIncrement(); n <= terminals; n = next.getAndIncrement()) {
                        if (post(http, api, token, n) != 202) {
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            threads.shutdown();
            threads.awaitTermination(10, TimeUnit.MINUTES);
            double startsPerSecond = terminals / ((System.nanoTime() - start) / 1e9);

            List<Long> latencies = new ArrayList<>();
            for (int n = terminals + 1; n <= terminals + LATENCY_SAMPLES; n++) {
                long t0 = System.nanoTime();
                String location = startAndLocate(http, api, token, n);
                while (!"COMPLETED".equals(field(get(http, "http://127.0.0.1:" + port + location, token), "status"))) {
                    Thread.sleep(1);
                }
                latencies.add((System.nanoTime() - t0) / 1_000_000);
            }
            Collections.sort(latencies);
            System.out.printf("operations_started=%d starts_per_s=%.0f refused=%d completion_p50_ms=%d completion_p99_ms=%d%n",
                    terminals, startsPerSecond, refused.get(), latencies.get(latencies.size() / 2),
                    latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1));
        } finally {
            server.destroy();
            server.waitFor();
            System.exit(0);
        }
    }

    /** The account, an API client, an active seller and store, and {@code terminals} ACTIVE terminals numbered from 1. */
    private static String prepare(Path db, int terminals) {
        try (SqliteStorage storage = SqliteStorage.open(db)) {
            Onboard onboard = Onboard.withBuiltIns(storage.onboarding());
            onboard.createAccount().create(new CreateAccountCommand(ACCOUNT.value(), "Operations benchmark"));
            IssuedClient client = Access.withDefaults(storage.onboarding(), storage.access()).issueApiClient()
                    .issue(new IssueApiClientCommand(ACCOUNT, List.of()));
            onboard.applyForPayoutDestination().apply(Requests.company(ACCOUNT, "seller-1", "923663487", "AUTO_APPROVE"));
            onboard.createStore().create(Requests.store(ACCOUNT, "store-1", "seller-1", null));
            for (int i = 1; i <= terminals; i++) {
                onboard.registerTerminal().register(RegisterTerminalCommand.builder().account(ACCOUNT)
                        .serialNumber(String.format("OPS-%08d", i)).model(DeviceModel.SATURN1000)
                        .store(new StoreId("store-1")).build());
            }
            return client.clientId() + ":" + client.clientSecret();
        }
    }

    private static int post(HttpClient http, String api, String token, int terminal) throws Exception {
        return http.send(start(api, token, terminal), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String startAndLocate(HttpClient http, String api, String token, int terminal) throws Exception {
        return http.send(start(api, token, terminal), HttpResponse.BodyHandlers.discarding()).headers()
                .firstValue("Location").orElseThrow();
    }

    private static HttpRequest start(String api, String token, int terminal) {
        return HttpRequest.newBuilder(URI.create(api + "/terminals/" + ACCOUNT.value() + "-T" + String.format("%04d", terminal)
                        + "/operations")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"operation\": \"end_of_day\"}")).build();
    }

    private static String get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String waitForToken(HttpClient http, String api, String credentials) throws Exception {
        for (int tries = 0; ; tries++) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/auth/token"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")).build();
                return field(http.send(request, HttpResponse.BodyHandlers.ofString()).body(), "access_token");
            } catch (java.io.IOException notYetListening) {
                if (tries > 300) {
                    throw notYetListening;
                }
                Thread.sleep(50);
            }
        }
    }

    private static String field(String json, String name) {
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            if (matcher.group(1).equals(name)) {
                return matcher.group(2);
            }
        }
        return null;
    }
}
