package com.example.integrator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Onboard server as its own process ({@code io.onboard.http.Main} on this module's classpath, on a new SQLite
 * file), with the bootstrap client's credentials it prints on first start.
 */
final class RunningServer implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final Pattern CREDENTIALS = Pattern.compile("^client_id=(\\S+) client_secret=(\\S+)$");

    final List<String> output = new CopyOnWriteArrayList<>();
    final Process process;
    final int port;
    final String clientId;
    final String clientSecret;

    private RunningServer(Process process, int port, String clientId, String clientSecret) {
        this.process = process;
        this.port = port;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    static RunningServer start(Path database) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "io.onboard.http.Main",
                "--port", "0", "--db", database.toString()).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        String[] credentials = null;
        while (true) {
            String line = lines.poll(60, TimeUnit.SECONDS);
            if (line == null) {
                process.destroyForcibly();
                throw new AssertionError("the server did not start: " + output);
            }
            Matcher client = CREDENTIALS.matcher(line);
            if (client.matches()) {
                credentials = new String[] {client.group(1), client.group(2)};
            }
            Matcher listening = LISTENING.matcher(line);
            if (listening.find()) {
                RunningServer server = new RunningServer(process, Integer.parseInt(listening.group(1)),
                        credentials[0], credentials[1]);
                server.output.addAll(output);
                return server;
            }
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
