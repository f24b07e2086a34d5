package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests: each gets a 4xx in the one error format (checked against openapi.yaml
 * by the client), leaks no class name, SQL or stack trace, and the server still answers {@code /health}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {
    private static final List<String> LEAKS = List.of("Exception", "java.", "com.fasterxml", "org.eclipse", "io.onboard",
            "SQLITE", "jdbc", "\tat ", "Jackson", "javalin");

    private TestServer server;
    private String token;
    private String terminalPath;

    /** One hostile request. */
    record Case(String name, String method, String path, Map<String, String> headers, byte[] body) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void onboard() {
        server = new TestServer();
        Onboarding flow = new Onboarding(server);
        token = flow.token;
        terminalPath = Paths.TERMINALS + "/" + flow.enrolledTerminal().text("/terminal_id");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> posts = Map.of(
                "store", Paths.STORES,
                "terminal", Paths.TERMINALS,
                "seller", Paths.APPROVALS,
                "session", Paths.SESSIONS,
                "store update", Paths.STORES + "/" + Seed.STORE_ID);
        List<String> brokenJson = List.of("", " ", "{", "}", "[", "[]", "null", "true", "1", "\"text\"", "{\"a\":}",
                "{'store_name': 'x'}", "{\"store_name\": \"x\",}", "{}x", "{} {}", "{\"store_name\": \"unterminated}",
                "{\"store_name\": \"bad \\x escape\"}", "{\"n\": NaN}", "{\"n\": Infinity}", "/* comment */ {}",
                "{\"store_name\": \"x\", \"store_name\": \"y\"}", "{\"store_name\" \"x\"}", "{,}", "{\"a\": [1, 2,]}",
                "{\"a\": 01}", "{\"a\": .5}", "{\"a\": tru}", "\u0000", "{\"a\": \"\u0001raw control\"}",
                "[".repeat(100) + "]".repeat(100), "{\"a\":".repeat(200) + "1" + "}".repeat(200),
                "{\"n\": " + "9".repeat(60) + "}", "{\"unknown_field\": 1}");
        posts.forEach((what, path) -> {
            String method = what.equals("store update") ? "PUT" : "POST";
            for (String body : brokenJson) {
                cases.add(json(what + " with body " + shorten(body), method, path, body));
            }
        });
        posts.forEach((what, path) -> {
            String method = what.equals("store update") ? "PUT" : "POST";
            cases.add(raw(what + " with invalid UTF-8", method, path, "application/json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'}));
            for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "application/json; charset=latin1", "application/jsonx", "*/*")) {
                cases.add(raw(what + " as " + type, method, path, type, "{}".getBytes(StandardCharsets.UTF_8)));
            }
            cases.add(raw(what + " without a content type", method, path, null, "{}".getBytes(StandardCharsets.UTF_8)));
            cases.add(raw(what + " with a body just over 1 MiB", method, path, "application/json", padded(Call.MAX_BODY_BYTES + 1)));
            cases.add(raw(what + " with a 3 MiB body", method, path, "application/json", padded(3 * 1024 * 1024)));
        });
        // wrong types and hostile values in fields, all refused field by field
        for (String store : List.of(
                "{\"store_name\": 1, \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_name\": true, \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_name\": [\"x\"], \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_name\": {}, \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_name\": \"x\", \"payout_destination\": \"seller-1\"}",
                "{\"store_name\": \"x\", \"payout_destination\": [\"seller-1\"]}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": 1}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}, \"coordinates\": {\"latitude\": \"59\", \"longitude\": 10}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}, \"coordinates\": {\"latitude\": 591, \"longitude\": 10}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}, \"coordinates\": {\"latitude\": true}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}, \"organization\": {\"bogus\": 1}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\", \"extra\": true}}",
                "{\"store_name\": \"" + "x".repeat(10_000) + "\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"" + "y".repeat(100_000) + "\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"' OR '1'='1\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"x; DROP TABLE stores;--\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"../../etc/passwd\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"store\\u0000nul\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"emoji-\uD83C\uDFEA\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"rtl-\\u202e\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_id\": \"T11223351-0001\", \"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"' OR 1=1 --\"}}",
                "{\"store_name\": \"x\", \"payout_destination\": {\"payout_destination_id\": \"seller-1\"}, \"email\": \"not-an-email\", \"phone_number\": \"12\", \"website\": \"javascript:alert(1)\"}",
                "{\"store_name\": \"\", \"payout_destination\": {\"payout_destination_id\": \"\"}}")) {
            cases.add(json("store " + shorten(store), "POST", Paths.STORES, store));
        }
        for (String amount : List.of("0", "-1", "1.5", "\"100\"", "1e400", "123456789012345678901234567890", "true", "null",
                "[]", "{}", "9".repeat(55))) {
            cases.add(json("session with amount " + shorten(amount), "POST", Paths.SESSIONS,
                    "{\"order\": {\"amount\": " + amount + ", \"currency\": \"NOK\", \"merchant_reference\": \"r\","
                            + " \"store\": {\"id\": \"oslo-center\", \"terminal_id\": \"T11223351-T0001\", \"payout_destination_id\": \"seller-1\"}}}"));
        }
        for (String terminal : List.of(
                "{\"device_serial_number\": \"158222607285\", \"device_model\": \"TOASTER\", \"store_id\": \"oslo-center\"}",
                "{\"device_serial_number\": \"12\", \"device_model\": \"SATURN1000\", \"store_id\": \"oslo-center\"}",
                "{\"device_serial_number\": \"' OR ''='\", \"device_model\": \"SATURN1000\", \"store_id\": \"oslo-center\"}",
                "{\"device_serial_number\": \"ABC-123456\", \"device_model\": \"SATURN1000\", \"store_id\": \"../../../etc\"}",
                "{\"device_serial_number\": 158222607285, \"device_model\": \"SATURN1000\", \"store_id\": \"oslo-center\"}",
                "{\"device_serial_number\": \"ABC-123456\", \"device_model\": \"SATURN1000\", \"store_id\": \"oslo-center\", \"label\": \"" + "l".repeat(5000) + "\"}",
                "{\"device_serial_number\": \"ABC-\uD83D\uDE00\", \"device_model\": \"SATURN1000\", \"store_id\": \"oslo-center\"}",
                "{\"device_model\": \"SATURN1000\"}")) {
            cases.add(json("terminal " + shorten(terminal), "POST", Paths.TERMINALS, terminal));
        }
        // hostile ids and parameters in the path and query
        for (String id : List.of("%27%20OR%20%271%27%3D%271", "1%3B%20DROP%20TABLE%20terminals", "..%2F..%2Fetc%2Fpasswd",
                "%2e%2e", "%00", "%0d%0aSet-Cookie:%20x", "%F0%9F%8F%AA", "%E2%80%AE", "x".repeat(2000), "%25",
                "T11223351-T99999999", "T99887766-T0001")) {
            cases.add(json("terminal id " + shorten(id), "GET", Paths.TERMINALS + "/" + id, null));
            cases.add(json("store id " + shorten(id), "GET", Paths.STORES + "/" + id, null));
            cases.add(json("seller id " + shorten(id), "GET", Paths.SELLERS + "/" + id, null));
        }
        for (String aid : List.of("%27%20OR%201%3D1", "..", "T1122335", "t11223351", "P11223351")) {
            cases.add(json("account id " + aid, "GET", "/v1/accounts/" + aid + "/stores", null));
        }
        for (String query : List.of("limit=0", "limit=101", "limit=-1", "limit=abc", "limit=1e2", "limit=99999999999",
                "limit=", "starting_after=garbage", "starting_after=%27%20OR%201%3D1", "includes=stores",
                "includes=store,terminal", "status=BOGUS", "device_model=TOASTER")) {
            cases.add(json("terminal list ?" + query, "GET", Paths.TERMINALS + "?" + query, null));
        }
        for (String query : List.of("limit=0", "limit=abc", "starting_after=%00", "status=GONE", "payout_destination_id=%27")) {
            cases.add(json("store list ?" + query, "GET", Paths.STORES + "?" + query, null));
        }
        cases.add(json("seller list with an unknown case status", "GET", Paths.SELLERS + "?case_status=NOPE", null));
        // routes and methods that do not exist
        for (String[] route : new String[][] {{"PATCH", Paths.STORES}, {"DELETE", Paths.STORES}, {"PUT", Paths.TERMINALS},
                {"GET", "/v2/stores"}, {"GET", Paths.ACCOUNT + "/unknown"}, {"POST", Paths.APPROVALS + "/seller-1/approve_all"},
                {"POST", "/health"}, {"DELETE", "/openapi.yaml"}, {"GET", "/"}, {"GET", "/v1/accounts"},
                {"POST", Paths.TERMINALS + "/x/sync/now"}, {"GET", "/.env"}, {"GET", "/WEB-INF/web.xml"}}) {
            cases.add(json(route[0] + " " + route[1], route[0], route[1], null));
        }
        // headers
        cases.add(header("a garbage If-Match", "PUT", terminalPath, "If-Match", "W/\"1\" garbage", "{\"label\": \"x\"}"));
        cases.add(header("a stale If-Match", "PUT", terminalPath, "If-Match", "\"999\"", "{\"label\": \"x\"}"));
        cases.add(header("an oversize Idempotency-Key", "POST", Paths.STORES, "Idempotency-Key", "k".repeat(300), "{}"));
        cases.add(header("a bearer token of 10k characters", "GET", Paths.STORES, "Authorization", "Bearer " + "t".repeat(10_000), null));
        cases.add(header("Basic credentials on a bearer route", "GET", Paths.STORES, "Authorization", "Basic dXNlcjpwYXNz", null));
        cases.add(header("a token with SQL in it", "GET", Paths.STORES, "Authorization", "Bearer ' OR '1'='1", null));
        return cases.stream();
    }

    @Test
    void the_table_has_at_least_200_cases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_hostile_request_gets_a_4xx_in_the_error_format_and_the_server_stays_up(Case hostile) {
        ApiClient.Request request = server.client.request(hostile.method(), hostile.path());
        if (!hostile.headers().containsKey("Authorization")) {
            request.token(token);
        }
        hostile.headers().forEach(request::header);
        if (hostile.body() != null) {
            request.body(hostile.body(), null);
        }

        Response response = request.send();

        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.json()).as(response.raw()).isNotNull();
        assertThat(response.errorCode()).as(response.raw()).matches("[A-Z][A-Z0-9_]*");
        assertThat(response.text("/error/message")).isNotBlank();
        assertThat(response.raw()).doesNotContain(LEAKS);
        assertThat(server.client.get("/health").send().status()).isEqualTo(200);
    }

    private static Case json(String name, String method, String path, String body) {
        return body == null ? new Case(name, method, path, Map.of(), null)
                : raw(name, method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }

    private static Case raw(String name, String method, String path, String contentType, byte[] body) {
        return new Case(name, method, path, contentType == null ? Map.of() : Map.of("Content-Type", contentType), body);
    }

    private static Case header(String name, String method, String path, String header, String value, String body) {
        Map<String, String> headers = body == null ? Map.of(header, value) : Map.of(header, value, "Content-Type", "application/json");
        return new Case(name, method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] padded(int size) {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[size - 1] = '}';
        return body;
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "...(" + text.length() + ")";
    }
}
