package io.onboard.http;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The training run behind the server's class-data archive: the build runs this once with
 * {@code -XX:ArchiveClassesAtExit=target/onboard-http.jsa}, and the server started with
 * {@code -XX:SharedArchiveFile=target/onboard-http.jsa} then maps the classes it loaded instead of loading
 * and verifying them one by one (start to first answer: about 1.45 s down to about 0.9 s, benchmark 5). It
 * starts the server on a fresh database in the folder given, on a free port, sends the requests a first client
 * sends (health, token, a list, an unknown terminal), and stops. A JVM that cannot use the archive (another
 * JDK, a rebuilt jar) says so once and starts as it would without it.
 */
public final class ClassDataTraining {
    private static final Pattern CREDENTIALS = Pattern.compile("client_id=(\\S+) client_secret=(\\S+)");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        Path database = folder.resolve("training.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(database + suffix));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Main.Running server = Main.start(new Settings(0, database.toString()), new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            train("http://127.0.0.1:" + server.port(), printed.toString(StandardCharsets.UTF_8));
        } finally {
            server.stop();
        }
    }

    private static void train(String api, String printed) throws Exception {
        Matcher client = CREDENTIALS.matcher(printed);
        if (!client.find()) {
            throw new IllegalStateException("the training server printed no first client");
        }
        HttpClient http = HttpClient.newHttpClient();
        expect(http, HttpRequest.newBuilder(URI.create(api + "/health")).GET(), 200);
        String basic = Base64.getEncoder().encodeToString((client.group(1) + ":" + client.group(2))
                .getBytes(StandardCharsets.UTF_8));
        String answer = expect(http, HttpRequest.newBuilder(URI.create(api + "/v1/accounts/T00000001/auth/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"client_credentials\"}")), 200);
        Matcher token = TOKEN.matcher(answer);
        if (!token.find()) {
            throw new IllegalStateException("the training server issued no token");
        }
        String bearer = "Bearer " + token.group(1);
        expect(http, HttpRequest.newBuilder(URI.create(api + "/v1/accounts/T00000001/terminals"))
                .header("Authorization", bearer).GET(), 200);
        expect(http, HttpRequest.newBuilder(URI.create(api + "/v1/accounts/T00000001/terminals/T00000001-T0001/readiness"))
                .header("Authorization", bearer).GET(), 404);
    }

    private static String expect(HttpClient http, HttpRequest.Builder request, int status) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ", not " + status);
        }
        return response.body();
    }
}
