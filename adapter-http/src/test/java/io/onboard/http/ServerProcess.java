package io.onboard.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** One run of the built server jar as its own process, its output collected line by line. */
final class ServerProcess {
    // a JSON log line writes the slashes of the URL escaped, as \/
    private static final Pattern LISTENING = Pattern.compile("listening on http:\\\\?/\\\\?/localhost:(\\d+)");
    private static final Pattern CREDENTIALS = Pattern.compile("^client_id=(\\S+) client_secret=(\\S+)$");

    final List<String> output = new CopyOnWriteArrayList<>();
    Process process;
    Thread reader;
    int port;
    String[] credentials;
    int exitCode;

    static ServerProcess start(Path db, String... options) throws Exception {
        return start(db.toString(), options);
    }

    /** The built jar on {@code database}: a SQLite file's path or a PostgreSQL URL. */
    static ServerProcess start(String database, String... options) throws Exception {
        return start(Map.of(), database, options);
    }

    /** The same, with {@code environment} added to this process's own. */
    static ServerProcess start(Map<String, String> environment, String database, String... options) throws Exception {
        ServerProcess server = new ServerProcess();
        String java = ProcessHandle.current().info().command().orElse("java");
        // As the README runs it, with the build's class-data archive; -Xshare:on makes an unusable archive fatal.
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xshare:on",
                "-XX:SharedArchiveFile=target/onboard-http.jsa", "-jar",
                System.getProperty("onboard.jar", "target/onboard-http.jar"), "--port", "0", "--db", database));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        server.process = builder.start();
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

    /** Whether this server process has a TCP connection from local port {@code port} open (Linux's /proc). */
    boolean ownsLocalPort(int port) throws IOException {
        Set<String> sockets = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table));
            for (String line : lines.subList(1, lines.size())) {
                String[] columns = line.trim().split("\\s+");
                String local = columns[1];
                if (Integer.parseInt(local.substring(local.indexOf(':') + 1), 16) == port) {
                    sockets.add("socket:[" + columns[9] + "]");
                }
            }
        }
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/" + process.pid() + "/fd"))) {
            return descriptors.anyMatch(fd -> {
                try {
                    return sockets.contains(Files.readSymbolicLink(fd).toString());
                } catch (IOException closedMeanwhile) {
                    return false;
                }
            });
        }
    }

    /** SIGKILL: no shutdown hook, no clean close; what a crash or an OOM killer does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    void stop() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
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
