package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar as a real process: first start prints the bootstrap client, which gets a token and creates a store. */
class ServerJarIT {
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final Pattern CREDENTIALS = Pattern.compile("^client_id=(\\S+) client_secret=(\\S+)$");

    @TempDir
    Path folder;

    @Test
    void the_jar_serves_the_api_on_a_fresh_database_and_stops_cleanly_on_sigterm() throws Exception {
        Path db = folder.resolve("data/onboard.db");
        Server first = Server.start(db);
        try {
            assertThat(first.credentials).as(first.output.toString()).isNotNull();
            ApiClient client = new ApiClient("http://localhost:" + first.port, OpenApiContract.shared());

            Response token = client.post("/v1/accounts/T00000001/auth/token")
                    .header("Authorization", TokenTest.basic(first.credentials[0], first.credentials[1]))
                    .json("{\"grant_type\": \"client_credentials\"}").send();
            String bearer = token.text("/access_token");
            Response seller = client.post("/v1/accounts/T00000001/management/settings/approvals/payout-destinations")
                    .token(bearer).json(Bodies.activeSeller()).send();
            Response store = client.post("/v1/accounts/T00000001/stores").token(bearer).json(Bodies.guideStore()).send();

            assertThat(token.status()).as(token.toString()).isEqualTo(200);
            assertThat(seller.status()).as(seller.toString()).isEqualTo(201);
            assertThat(store.status()).as(store.toString()).isEqualTo(201);
            assertThat(store.text("/id")).isEqualTo("T00000001-0001");
        } finally {
            first.stop();
        }
        assertThat(first.exitCode).isIn(0, 143);
        assertThat(first.output).anyMatch(line -> line.contains("stopped"));
        assertThat(first.output).anyMatch(line -> line.contains("POST /v1/accounts/T00000001/stores 201"));
        assertThat(String.join("\n", first.output)).doesNotContain("Bearer ", "access_token");
        assertThat(Files.exists(db)).isTrue();

        Server second = Server.start(db);
        second.stop();
        assertThat(second.credentials).as("credentials are shown on the first start only").isNull();
    }

    /** One run of the jar, its output collected line by line. */
    static final class Server {
        final List<String> output = new CopyOnWriteArrayList<>();
        Process process;
        Thread reader;
        int port;
        String[] credentials;
        int exitCode;

        static Server start(Path db) throws Exception {
            Server server = new Server();
            String java = ProcessHandle.current().info().command().orElse("java");
            // As the README runs it, with the build's class-data archive; -Xshare:on makes an unusable archive fatal.
            server.process = new ProcessBuilder(java, "-Xshare:on", "-XX:SharedArchiveFile=target/onboard-http.jsa",
                    "-jar", System.getProperty("onboard.jar", "target/onboard-http.jar"),
                    "--port", "0", "--db", db.toString()).redirectErrorStream(true).start();
            LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = server.reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(server.process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        server.output.add(line);
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            while (server.port == 0) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                if (line == null) {
                    server.process.destroyForcibly();
                    throw new AssertionError("the server did not start: " + server.output);
                }
                Matcher credentials = CREDENTIALS.matcher(line);
                if (credentials.matches()) {
                    server.credentials = new String[] {credentials.group(1), credentials.group(2)};
                }
                Matcher listening = LISTENING.matcher(line);
                if (listening.find()) {
                    server.port = Integer.parseInt(listening.group(1));
                }
            }
            return server;
        }

        void stop() throws InterruptedException {
            // SIGTERM through the handle: Process.destroy() would also close our end of its output
            process.toHandle().destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server did not stop on SIGTERM: " + output);
            }
            exitCode = process.exitValue();
            reader.join(10_000);
        }
    }
}
