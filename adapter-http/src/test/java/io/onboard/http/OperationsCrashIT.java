package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built server killed with SIGKILL while its operations wait for their devices, then started again on the same
 * files (SPEC 10): operations already handed to a device are not handed over again (they time out at their
 * deadline; none completes twice or is lost), their terminals take new operations once they have, and operations
 * started after the restart are carried out.
 */
class OperationsCrashIT {

    @TempDir
    Path folder;

    @Test
    void operations_in_flight_at_a_kill_minus_nine_time_out_and_none_is_run_twice_or_lost() throws Exception {
        Path db = folder.resolve("onboard.db");
        ServerProcess server = ServerProcess.start(db, "--device-delay-ms", "20000", "--operation-timeout-s", "8");
        String[] credentials = server.credentials;
        JarApi api = new JarApi(server, credentials);
        api.call("POST", JarApi.ACCOUNT + "/management/settings/approvals/payout-destinations", Bodies.activeSeller(), 201);
        api.call("POST", JarApi.ACCOUNT + "/stores", Bodies.guideStore(), 201);
        List<String> inFlight = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String terminal = api.call("POST", JarApi.ACCOUNT + "/terminals", Bodies.terminal("CRASH-000" + i, "oslo-center"), 201)
                    .text("/terminal_id");
            inFlight.add(api.call("POST", JarApi.ACCOUNT + "/terminals/" + terminal + "/operations",
                    "{\"operation\": \"end_of_day\"}", 202).header("Location"));
        }
        Thread.sleep(500); // the worker hands them to their (slow) devices
        server.kill();

        server = ServerProcess.start(db, "--device-delay-ms", "100", "--operation-timeout-s", "8");
        try {
            api = new JarApi(server, credentials);
            String fresh = api.call("POST", JarApi.ACCOUNT + "/terminals", Bodies.terminal("CRASH-0100", "oslo-center"), 201)
                    .text("/terminal_id");
            String after = api.call("POST", JarApi.ACCOUNT + "/terminals/" + fresh + "/operations",
                    "{\"operation\": \"send_logs\"}", 202).header("Location");
            String busyTerminal = inFlight.get(0).replaceAll("/operations/.*", "");
            Response busy = api.client.post(busyTerminal + "/operations").token(api.token)
                    .json("{\"operation\": \"send_logs\"}").send();

            long deadline = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < deadline && !settled(api, inFlight, after)) {
                Thread.sleep(200);
            }

            assertThat(busy.errorCode()).as("still waiting for its device after the restart").isEqualTo("OPERATION_IN_PROGRESS");
            for (String operation : inFlight) {
                assertThat(api.get(operation).text("/status")).as(operation).isEqualTo("TIMEOUT");
            }
            assertThat(api.get(after).text("/status")).isEqualTo("COMPLETED");
            JsonNode events = api.get(JarApi.ACCOUNT + "/events?event=terminal_operation_update&limit=100").json().get("events");
            assertThat(events).hasSize(2 * (inFlight.size() + 1)).as("PENDING, then one outcome each");
            api.call("POST", busyTerminal + "/operations", "{\"operation\": \"open_menu\"}", 202);
        } finally {
            server.stop();
        }
    }

    private static boolean settled(JarApi api, List<String> inFlight, String after) {
        List<String> all = new ArrayList<>(inFlight);
        all.add(after);
        return all.stream().noneMatch(operation -> "PENDING".equals(api.get(operation).text("/status")));
    }
}
