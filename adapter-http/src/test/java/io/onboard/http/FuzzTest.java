package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A seeded fuzzer in the build: random hostile bodies, headers, encodings and framing sent to every endpoint on a
 * socket. Every answer is below 500 and, when a refusal, in the error format; a refused request changes nothing.
 * A failure names its request number, and the fixed seed replays it.
 */
class FuzzTest {
    private static final long SEED = 20261201L;
    private static final int REQUESTS = 500;
    private static final List<String> LEAKS = List.of("Exception", "java.", "org.eclipse", "io.onboard", "SQLITE", "\tat ");

    private final TestServer server = new TestServer();
    private final Onboarding flow = new Onboarding(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void hostile_requests_to_every_endpoint_get_no_5xx_answers_in_the_error_format_and_change_nothing_when_refused()
            throws IOException {
        String terminal = flow.enrolledTerminal().header("Location");
        List<String[]> endpoints = List.of(
                new String[] {"POST", Paths.APPROVALS}, new String[] {"POST", Paths.APPROVALS + "/seller-1/submit_details"},
                new String[] {"POST", Paths.APPROVALS + "/seller-1/approve"}, new String[] {"POST", Paths.STORES},
                new String[] {"PUT", Paths.STORES + "/oslo-center"}, new String[] {"DELETE", Paths.STORES + "/oslo-center"},
                new String[] {"POST", Paths.TERMINALS}, new String[] {"PUT", terminal}, new String[] {"DELETE", terminal},
                new String[] {"POST", terminal + "/sync"}, new String[] {"GET", terminal + "/readiness"},
                new String[] {"GET", Paths.TERMINALS}, new String[] {"POST", Paths.SESSIONS},
                new String[] {"POST", Paths.ACCOUNT + "/auth/token"}, new String[] {"GET", "/health"});
        Random random = new Random(SEED);
        String state = state();

        for (int n = 0; n < REQUESTS; n++) {
            String[] endpoint = endpoints.get(random.nextInt(endpoints.size()));
            byte[] request = Mutations.request(random, endpoint[0], endpoint[1], flow.token);

            RawHttp.Answer answer = RawHttp.send(server.api.port(), request);

            String which = "request " + n + ": " + new String(request, 0, Math.min(request.length, 300),
                    StandardCharsets.ISO_8859_1) + "\n-> " + answer.head() + "\n" + answer.text();
            assertThat(answer.status()).as(which).isBetween(200, 499);
            assertThat(answer.text()).as(which).doesNotContain(LEAKS);
            if (answer.status() >= 400 && !answer.text().isEmpty()) {
                assertThat(answer.header("content-type")).as(which).isEqualTo("application/json");
                assertThat(answer.json().at("/error/code").asText("") + answer.json().at("/error").asText(""))
                        .as(which).isNotBlank();
            }
            String now = state();
            if (answer.status() >= 400) {
                assertThat(now).as("a refused request changed nothing: " + which).isEqualTo(state);
            }
            state = now;
        }
    }

    /** Everything the account holds, as the API lists it. */
    private String state() {
        return List.of(Paths.SELLERS, Paths.STORES, Paths.TERMINALS).stream()
                .map(path -> server.client.get(path + "?limit=100").token(flow.token).send().raw())
                .reduce("", String::concat);
    }

    /** Ways to spoil a request, each picked at random. */
    private static final class Mutations {
        private static final List<String> BODIES = List.of("{}", "{\"store_name\": \"x\"}", "[]", "null", "{\"a\":",
                "{\"label\": \"\\ud800\"}", "{\"device_serial_number\": 1e999}", "{\"reason\": \"" + "x".repeat(3000) + "\"}",
                "{\"order\": {\"amount\": -1}}", "{\"bank_accounts\": [[]]}", "{\"payout_destination\": {}}");
        private static final List<String> TYPES = List.of("application/json", "application/json; charset=latin1",
                "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "", "application/jsonx");

        static byte[] request(Random random, String method, String path, String token) {
            byte[] body = body(random);
            String target = random.nextInt(8) == 0 ? spoilPath(random, path) : path;
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: x\r\n");
            if (random.nextInt(6) > 0) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            // JSON half of the time, so most requests get past the media type to the body
            String type = random.nextBoolean() ? "application/json" : TYPES.get(random.nextInt(TYPES.size()));
            head.append("Content-Type: ").append(type).append("\r\n");
            if (random.nextInt(8) == 0) {
                head.append("X-Noise: ").append(randomText(random, 1 + random.nextInt(200))).append("\r\n");
            }
            if (random.nextInt(10) == 0) {
                head.append("Idempotency-Key: ").append(randomText(random, random.nextInt(300))).append("\r\n");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean chunked = random.nextInt(6) == 0;
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
            head.append("Connection: close\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (chunked) {
                String size = random.nextInt(3) == 0 ? "zz" : Integer.toHexString(body.length + random.nextInt(3) - 1);
                out.writeBytes((size + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.writeBytes(body);
                out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        private static byte[] body(Random random) {
            byte[] text = BODIES.get(random.nextInt(BODIES.size())).getBytes(StandardCharsets.UTF_8);
            switch (random.nextInt(4)) {
                case 0 -> {
                    byte[] bytes = new byte[random.nextInt(64)];
                    random.nextBytes(bytes);
                    return bytes;
                }
                case 1 -> {
                    // an overlong, out-of-range or surrogate sequence inside a string value
                    byte[][] bad = {{(byte) 0xC0, (byte) 0xAE}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF}};
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.writeBytes("{\"store_name\": \"a".getBytes(StandardCharsets.US_ASCII));
                    out.writeBytes(bad[random.nextInt(bad.length)]);
                    out.writeBytes("b\"}".getBytes(StandardCharsets.US_ASCII));
                    return out.toByteArray();
                }
                case 2 -> {
                    return ("[".repeat(random.nextInt(3000)) + "1").getBytes(StandardCharsets.US_ASCII);
                }
                default -> {
                    return text;
                }
            }
        }

        private static String spoilPath(Random random, String path) {
            return switch (random.nextInt(4)) {
                case 0 -> path + "%";
                case 1 -> path.replace("/", "//");
                case 2 -> path + "/..%2F..%2Fetc";
                default -> path + "?limit=" + randomText(random, 5);
            };
        }

        /** Printable ASCII, so a header line stays one line; the server's refusals of control bytes are tested apart. */
        private static String randomText(Random random, int length) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < length; i++) {
                text.append((char) (0x21 + random.nextInt(0x5e)));
            }
            return text.toString();
        }
    }
}
