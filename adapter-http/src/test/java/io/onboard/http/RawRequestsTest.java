package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests no HTTP client library would send, written byte by byte on a socket: broken framing, bytes that are
 * not UTF-8, headers and paths the web server itself refuses. Each gets an answer in the error format, and a
 * refused body changes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RawRequestsTest {
    private TestServer server;
    private Onboarding flow;

    @BeforeAll
    void start() {
        server = new TestServer();
        flow = new Onboarding(server);
        flow.enrolledTerminal();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** A raw request, and the status the web server or the API answers it with. */
    record Raw(String name, int status, byte[] bytes) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Raw> refusedByTheServer() {
        String store = Paths.STORES + "/oslo-center";
        return Stream.of(
                raw("a DELETE with 10 KiB of Authorization", 431, "DELETE " + store + " HTTP/1.1\r\nHost: x\r\n"
                        + "Authorization: Bearer " + "A".repeat(10_240) + "\r\nConnection: close\r\n\r\n"),
                raw("a DELETE of a path with a backslash", 400, "DELETE " + store + "\\x HTTP/1.1\r\nHost: x\r\n"
                        + "Connection: close\r\n\r\n"),
                raw("a PUT of a badly encoded path", 400, "PUT " + Paths.STORES + "/%zz HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n"),
                raw("a DELETE with a control byte in a header", 400, "DELETE " + store + " HTTP/1.1\r\nHost: x\r\n"
                        + "X-Bad: a\u0001b\r\nConnection: close\r\n\r\n"),
                raw("a PUT asking to upgrade to h2c", 400, "PUT " + store + " HTTP/1.1\r\nHost: x\r\nUpgrade: h2c\r\n"
                        + "Connection: close\r\n\r\n"),
                raw("OPTIONS *", 404, "OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                raw("an HTTP/2 preface", 426, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByTheServer")
    void what_the_web_server_refuses_still_gets_the_error_format_whatever_the_method(Raw request) throws IOException {
        RawHttp.Answer answer = send(request.bytes());

        assertThat(answer.status()).as(answer.text()).isEqualTo(request.status());
        assertThat(answer.header("content-type")).isEqualTo("application/json");
        assertThat(answer.json().at("/error/code").asText()).matches("[A-Z_]+").isNotEqualTo("INTERNAL_ERROR");
        assertThat(answer.json().at("/error/message").asText()).isNotBlank();
    }

    @Test
    void a_body_with_broken_chunked_framing_is_a_400_and_stores_nothing() throws IOException {
        RawHttp.Answer answer = send(("POST " + Paths.STORES + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + flow.token
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "zz\r\n{}\r\n0\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(storeCount()).isEqualTo(1);
    }

    @Test
    void an_unsupported_http_version_is_not_blamed_on_the_server() throws IOException {
        RawHttp.Answer answer = send("GET /health HTTP/1.2\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

        // Jetty answers 505 to a version it cannot parse; what the client reads is that its request was at fault.
        assertThat(answer.json().at("/error/code").asText()).isEqualTo("BAD_REQUEST");
        assertThat(answer.json().at("/error/message").asText()).contains("HTTP/1.1");
    }

    @Test
    void bytes_that_are_not_utf_8_and_lone_surrogates_are_refused_as_malformed_and_store_nothing() throws IOException {
        for (byte[] storeId : new byte[][] {
                {'a', (byte) 0xC0, (byte) 0xAE, 'b'},                  // overlong '.'
                {'a', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, 'b'},     // overlong '/'
                {'a', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},  // beyond U+10FFFF
                {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80},          // a surrogate written as bytes
                "a\\ud800b".getBytes(StandardCharsets.US_ASCII)}) {    // a lone surrogate written as an escape
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes("{\"store_id\": \"".getBytes(StandardCharsets.US_ASCII));
            body.writeBytes(storeId);
            body.writeBytes(("\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}")
                    .getBytes(StandardCharsets.US_ASCII));

            Response response = server.client.post(Paths.STORES).token(flow.token).body(body.toByteArray(), "application/json")
                    .send();

            assertThat(response.status()).as(response.raw()).isEqualTo(400);
            assertThat(response.errorCode()).isEqualTo("MALFORMED_JSON");
        }
        assertThat(storeCount()).isEqualTo(1);
    }

    @Test
    void a_405_names_the_methods_the_path_takes() {
        Response response = server.client.request("DELETE", "/health").send();

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.header("Allow")).isEqualTo("GET, HEAD");
    }

    private int storeCount() {
        return server.client.get(Paths.STORES).token(flow.token).send().json().get("stores").size();
    }

    private static Raw raw(String name, int status, String request) {
        return new Raw(name, status, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private RawHttp.Answer send(byte[] request) throws IOException {
        return RawHttp.send(server.api.port(), request);
    }
}
