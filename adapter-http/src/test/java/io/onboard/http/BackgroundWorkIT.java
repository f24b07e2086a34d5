package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.builtin.SimulatedProvisioning;
import io.onboard.application.port.in.operation.StartOperationCommand;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.service.Onboard;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.operation.OperationType;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import io.onboard.http.LoopbackReceiver.Received;
import io.onboard.jdbc.SqliteStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built server's worker doing SPEC 10's background work: terminals registered with a provisioning delay settle
 * later, with their events delivered; and work left pending by another process while no server ran (operations
 * started and terminals queued, never handed over) is carried out once the server starts.
 */
class BackgroundWorkIT {
    private static final String GUIDE_STORE = "oslo-center";

    @TempDir
    Path folder;

    @Test
    void terminals_registered_with_a_provisioning_delay_settle_in_the_background_with_their_events_delivered()
            throws Exception {
        ServerProcess server = ServerProcess.start(folder.resolve("onboard.db"), "--provisioning-delay-ms", "700");
        try (LoopbackReceiver receiver = LoopbackReceiver.start(Clock.systemUTC())) {
            JarApi api = new JarApi(server, server.credentials);
            receiver.trust(api.call("POST", JarApi.ACCOUNT + "/hooks/subscriptions",
                    "{\"url\": \"" + receiver.url() + "\", \"events\": [\"account_terminal_update\"]}", 201).text("/secret"));
            api.call("POST", JarApi.ACCOUNT + "/management/settings/approvals/payout-destinations", Bodies.activeSeller(), 201);
            api.call("POST", JarApi.ACCOUNT + "/stores", Bodies.guideStore(), 201);

            Response good = api.call("POST", JarApi.ACCOUNT + "/terminals", Bodies.terminal("LATER-000001", GUIDE_STORE), 201);
            Response failing = api.call("POST", JarApi.ACCOUNT + "/terminals", Bodies.terminal("FAIL-LATER-01", GUIDE_STORE), 201);
            assertThat(good.text("/status")).as("answered before the provider settles").isEqualTo("PENDING");
            assertThat(failing.text("/status")).isEqualTo("PENDING");
            String goodPath = JarApi.ACCOUNT + "/terminals/" + good.text("/terminal_id");
            String failingPath = JarApi.ACCOUNT + "/terminals/" + failing.text("/terminal_id");

            waitFor(() -> receiver.received().size() >= 2);

            assertThat(api.get(goodPath).text("/status")).isEqualTo("ACTIVE");
            assertThat(api.get(failingPath).text("/status")).isEqualTo("ERROR");
            assertThat(api.get(failingPath).text("/status_reason")).isEqualTo("SYNC_ERROR");
            List<Received> received = receiver.received();
            assertThat(received).allMatch(Received::verified).extracting(Received::event)
                    .containsOnly("account_terminal_update");
            waitFor(() -> PrometheusText.parse(scrape(server))
                    .getOrDefault("onboard_webhook_deliveries{status=delivered}", 0.0) == 2.0);
            assertThat(PrometheusText.parse(scrape(server))).as("deliveries by status, from the database")
                    .containsEntry("onboard_webhook_deliveries{status=delivered}", 2.0)
                    .containsEntry("onboard_webhook_deliveries{status=pending}", 0.0)
                    .containsEntry("onboard_webhook_oldest_pending_delivery_age_seconds", 0.0);
            assertThat(received).extracting(r -> r.body().at("/data/status").asText() + " from "
                    + r.body().at("/previous/status").asText())
                    .containsExactlyInAnyOrder("ACTIVE from PENDING", "ERROR from PENDING");
        } finally {
            server.stop();
        }
    }

    @Test
    void work_left_pending_while_no_server_ran_is_carried_out_when_one_starts() throws Exception {
        Path db = folder.resolve("onboard.db");
        ServerProcess server = ServerProcess.start(db);
        String[] credentials = server.credentials;
        JarApi api = new JarApi(server, credentials);
        api.call("POST", JarApi.ACCOUNT + "/management/settings/approvals/payout-destinations", Bodies.activeSeller(), 201);
        api.call("POST", JarApi.ACCOUNT + "/stores", Bodies.guideStore(), 201);
        List<String> active = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            active.add(api.call("POST", JarApi.ACCOUNT + "/terminals", Bodies.terminal("RESUME-00000" + i, GUIDE_STORE), 201)
                    .text("/terminal_id"));
        }
        server.stop();

        // another process (an embedding system, the CLI) leaves work for the worker while no server runs
        AccountId account = new AccountId("T00000001");
        List<String> operations = new ArrayList<>();
        List<String> queued = new ArrayList<>();
        try (SqliteStorage storage = SqliteStorage.open(db)) {
            Onboard onboard = Onboard.builder(storage.onboarding()).operations(storage.operations())
                    .provisioning(new SimulatedProvisioning(Duration.ofMillis(200)))
                    .provisionings(storage.provisionings()).build();
            for (String terminal : active) {
                operations.add(onboard.startOperation().start(StartOperationCommand.of(account,
                        TerminalId.parse(terminal), OperationType.END_OF_DAY)).id().value());
            }
            for (String serial : List.of("QUEUED-000001", "FAIL-QUEUED-1")) {
                var registered = onboard.registerTerminal().register(RegisterTerminalCommand.builder().account(account)
                        .serialNumber(serial).model(DeviceModel.SATURN1000).store(new StoreId(GUIDE_STORE)).build())
                        .terminal();
                assertThat(registered.status()).as("left for the worker").isEqualTo(TerminalStatus.PENDING);
                queued.add(registered.terminalId().value());
            }
        }

        server = ServerProcess.start(db, "--device-delay-ms", "100");
        try {
            JarApi restarted = new JarApi(server, credentials);
            waitFor(() -> operations.stream().noneMatch(id -> status(restarted, active, operations, id).equals("PENDING"))
                    && queued.stream().noneMatch(t -> restarted.get(JarApi.ACCOUNT + "/terminals/" + t).text("/status")
                    .equals("PENDING")));

            for (String id : operations) {
                assertThat(status(restarted, active, operations, id)).as(id).isEqualTo("COMPLETED");
            }
            assertThat(restarted.get(JarApi.ACCOUNT + "/terminals/" + queued.get(0)).text("/status")).isEqualTo("ACTIVE");
            assertThat(restarted.get(JarApi.ACCOUNT + "/terminals/" + queued.get(1)).text("/status")).isEqualTo("ERROR");
            JsonNode updates = restarted.get(JarApi.ACCOUNT + "/events?event=terminal_operation_update&limit=100").json()
                    .get("events");
            assertThat(updates).as("PENDING, then COMPLETED, once each").hasSize(2 * operations.size());
            Map<String, Double> metrics = PrometheusText.parse(scrape(server));
            assertThat(metrics).as("operations by status, from the database")
                    .containsEntry("onboard_terminal_operations{status=completed}", 3.0)
                    .containsEntry("onboard_terminal_operations{status=pending}", 0.0)
                    .containsKey("onboard_db_pool_connections{state=active}");
        } finally {
            server.stop();
        }
    }

    private static String status(JarApi api, List<String> terminals, List<String> operations, String id) {
        String terminal = terminals.get(operations.indexOf(id));
        return api.get(JarApi.ACCOUNT + "/terminals/" + terminal + "/operations/" + id).text("/status");
    }

    /** The server's /metrics, as Prometheus would read it. */
    private static String scrape(ServerProcess server) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }
}
