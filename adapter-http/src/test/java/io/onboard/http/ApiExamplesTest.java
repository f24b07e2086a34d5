package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboard.application.inmemory.InMemoryStorage;
import io.onboard.application.port.in.access.IssuedClient;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.application.port.out.Stores;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.store.Store;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The served document's examples are real: this script calls every operation, and provokes every error code,
 * on a server with a fixed clock, and what it records must equal {@code src/main/openapi/examples.json} (apart
 * from UUIDs and tokens, which differ on every run). After a change to what the API answers, rewrite the file
 * with {@code ./mvnw -pl adapter-http -am test -Dtest=ApiExamplesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Donboard.examples.write=true} and review its diff.
 */
class ApiExamplesTest {
    private static final Path EXAMPLES = Path.of("src/main/openapi/examples.json");
    private static final String APPROVALS = Paths.APPROVALS;
    private static final String SECOND_ORGANIZATION = "912345688";
    private static final String THIRD_ORGANIZATION = "912345696";

    @Test
    void the_documents_examples_are_what_the_server_answers() throws IOException {
        JsonNode recorded = record();
        JsonNode committed = new ObjectMapper().readTree(EXAMPLES.toFile());
        boolean stale = !ExampleRecorder.comparable(committed).equals(ExampleRecorder.comparable(recorded));
        if (stale && Boolean.getBoolean("onboard.examples.write")) {
            // only when something besides UUIDs and tokens changed, so a rewrite's diff shows what did
            Files.writeString(EXAMPLES, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(recorded) + "\n");
            committed = recorded;
        }

        assertThat(ExampleRecorder.comparable(committed))
                .as("examples.json is stale; rewrite it with -Donboard.examples.write=true (see this class)")
                .isEqualTo(ExampleRecorder.comparable(recorded));
    }

    @Test
    void every_operation_shows_its_request_its_answers_and_each_code_it_lists_and_each_example_fits_its_schema() {
        OpenApiContract contract = OpenApiContract.shared();
        List<String> problems = new ArrayList<>();
        contract.document().get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            if (!operation.has("operationId")) {
                return;
            }
            String id = operation.get("operationId").asText();
            JsonNode request = operation.at("/requestBody/content/application~1json");
            if (!request.isMissingNode()) {
                check(contract, id + " request", request, List.of("request"), problems);
            }
            operation.get("responses").fields().forEachRemaining(response -> {
                JsonNode media = response.getValue().at("/content/application~1json");
                if (media.isMissingNode() || response.getKey().equals("default")) {
                    return;
                }
                List<String> expected = new ArrayList<>();
                // an error response's schema narrows the code (in an allOf, or in a oneOf's branch on the token call)
                media.get("schema").findValues("x-extensible-enum").forEach(codes -> codes.forEach(code -> expected.add(code.asText())));
                check(contract, id + " " + response.getKey(), media, expected.isEmpty() ? List.of("response") : expected, problems);
            });
        }));

        assertThat(problems).isEmpty();
    }

    /** Each example {@code names} must be there, and every example of {@code media} must fit its schema. */
    private static void check(OpenApiContract contract, String where, JsonNode media, List<String> names, List<String> problems) {
        for (String name : names) {
            if (media.at("/examples/" + name + "/value").isMissingNode()) {
                problems.add(where + ": no example " + name);
            }
        }
        media.path("examples").fields().forEachRemaining(example -> {
            var violations = contract.violations(media.get("schema"), example.getValue().get("value"));
            if (!violations.isEmpty()) {
                problems.add(where + ": example " + example.getKey() + " " + violations);
            }
        });
    }

    private static JsonNode record() {
        AtomicBoolean raceNextStoreUpdate = new AtomicBoolean();
        InMemoryStorage memory = InMemoryStorage.create();
        try (TestServer server = new TestServer(racing(memory.onboarding(), raceNextStoreUpdate), memory.access(),
                memory.webhooks(), memory.operations())) {
            Script script = new Script(server);
            script.accessAndSellers();
            script.stores(raceNextStoreUpdate);
            script.terminalsAndSessions();
            script.operations();
            script.events();
            script.webhooks();
            script.everyCallsRefusals();
            JsonNode examples = script.recorder.examples();
            ((ObjectNode) examples.get("errors")).set("INTERNAL_ERROR", internalError());
            return examples;
        }
    }

    /** The calls, in the order an integrator makes them, with the refusals each one meets on the way. */
    private static final class Script {
        final TestServer server;
        final ExampleRecorder recorder;
        final String token;

        Script(TestServer server) {
            this.server = server;
            this.recorder = new ExampleRecorder(server.contract);
            this.token = server.token(Seed.ACCOUNT);
        }

        Response send(String method, String path, String body, String... headers) {
            return sendAs(token, method, path, body, headers);
        }

        Response sendAs(String bearer, String method, String path, String body, String... headers) {
            ApiClient.Request request = server.client.request(method, path);
            if (bearer != null) {
                request.token(bearer);
            }
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            if (body != null) {
                request.json(body);
            }
            return recorder.send(method, path, body, request);
        }

        void accessAndSellers() {
            IssuedClient client = server.newClient(Seed.ACCOUNT);
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (client.clientId() + ":" + client.clientSecret()).getBytes(StandardCharsets.UTF_8));
            String wrong = "Basic " + Base64.getEncoder().encodeToString(
                    (client.clientId() + ":not-the-secret").getBytes(StandardCharsets.UTF_8));
            String grant = "{\"grant_type\": \"client_credentials\"}";
            sendAs(null, "POST", Paths.token(Seed.ACCOUNT), grant, "Authorization", basic);
            sendAs(null, "POST", "/v1/auth/token", grant, "Authorization", basic);
            sendAs(null, "POST", Paths.token(Seed.ACCOUNT), grant, "Authorization", wrong);
            sendAs(null, "POST", "/v1/auth/token", grant, "Authorization", wrong);
            IssuedClient spare = server.newClient(Seed.ACCOUNT, "read:accounts");
            send("DELETE", Paths.ACCOUNT + "/auth/clients/" + spare.clientId(), null);
            send("DELETE", Paths.ACCOUNT + "/auth/clients/cli_000000000000000000000000", null);

            // seller-1 passes every step and screening; the second is missing its phone number, so screening flags
            // it for a person, who asks for details, gets them and declines; the third is approved, then terminated.
            send("POST", APPROVALS, Bodies.seller(Seed.SELLER, Seed.ORGANIZATION_NUMBER, "Coffee bar and roastery"));
            send("POST", APPROVALS, Bodies.seller(Seed.SELLER, SECOND_ORGANIZATION, null));
            send("POST", APPROVALS, Bodies.seller("seller-x", Seed.ORGANIZATION_NUMBER, null));
            send("POST", action(Seed.SELLER, "submit_declaration"), "{\"email\": \"kontakt@oslokaffe.no\"}");
            send("POST", action(Seed.SELLER, "sign"), "{}");
            send("POST", action(Seed.SELLER, "sign"), null);
            send("POST", action(Seed.SELLER, "submit_details"), "{\"phone_number\": \"+4722334466\"}");

            send("POST", APPROVALS, withoutPhone("seller-2", SECOND_ORGANIZATION));
            send("POST", action("seller-2", "submit_declaration"), null);
            send("POST", action("seller-2", "sign"), null);
            send("POST", action("seller-2", "request_details"), "{\"reason\": \"Add the shop's phone number\"}");
            send("POST", action("seller-2", "submit_details"), "{\"phone_number\": \"+4722334477\"}");
            send("POST", action("seller-2", "decline"), "{\"reason\": \"Outside our risk appetite\"}");
            send("POST", action("seller-2", "archive"), "{}");

            send("POST", APPROVALS, withoutPhone("seller-3", THIRD_ORGANIZATION));
            send("POST", action("seller-3", "submit_declaration"), null);
            send("POST", action("seller-3", "sign"), null);
            send("POST", action("seller-3", "approve"), "{\"reason\": \"Phone number confirmed by call\"}");
            send("POST", action("seller-3", "terminate"), "{\"reason\": \"The merchant closed the shop\"}");

            send("GET", APPROVALS + "?limit=2", null);
            send("GET", APPROVALS + "/" + Seed.SELLER, null);
            send("GET", APPROVALS + "/nobody", null);
            send("GET", Paths.SELLERS + "?case_status=ACTIVE", null);
            send("GET", Paths.SELLERS + "/" + Seed.SELLER, null);
            send("GET", Paths.SELLERS + "/nobody", null);
            send("GET", Paths.SELLERS + "?starting_after=not-a-cursor", null);
        }

        void stores(AtomicBoolean raceNextStoreUpdate) {
            String store = Paths.STORES + "/" + Seed.STORE_ID;
            send("POST", Paths.STORES, Bodies.guideStore());
            send("POST", Paths.STORES, Bodies.guideStore());
            send("POST", Paths.STORES, Bodies.store("bergen", "nobody"));
            send("POST", Paths.STORES, """
                    {"store_id": "bergen", "store_name": "Bergen", "organization": {"organization_number": "974760673"},
                     "payout_destination": {"payout_destination_id": "seller-1"}}
                    """);
            send("GET", Paths.STORES + "?payout_destination_id=seller-1&status=ACTIVE", null);
            Response read = send("GET", store, null);
            String rename = "{\"store_name\": \"Oslo Center, Karl Johan\"}";
            send("PUT", store, rename, "If-Match", read.header("ETag"));
            send("PUT", store, "{\"store_name\": \"Oslo Sentrum\"}", "If-Match", read.header("ETag"));
            raceNextStoreUpdate.set(true);
            send("PUT", store, "{\"store_name\": \"Oslo Sentrum\"}");
            send("GET", Paths.STORES + "/nowhere", null);

            send("POST", Paths.STORES, Bodies.store("pop-up", Seed.SELLER));
            send("DELETE", Paths.STORES + "/pop-up", null);
            send("DELETE", Paths.STORES + "/pop-up", null);
            send("PUT", Paths.STORES + "/pop-up", "{\"store_name\": \"Back again\"}");
        }

        void terminalsAndSessions() {
            String storeServerId = send("GET", Paths.STORES + "/" + Seed.STORE_ID, null).text("/id");
            Response terminal = send("POST", Paths.TERMINALS, Bodies.terminal(Seed.SERIAL, storeServerId));
            String path = Paths.TERMINALS + "/" + terminal.text("/terminal_id");
            send("POST", Paths.TERMINALS, Bodies.terminal(Seed.SERIAL, storeServerId));
            send("POST", Paths.TERMINALS, Bodies.terminal("158222607286", "nowhere"));
            send("POST", Paths.TERMINALS, """
                    {"device_serial_number": "158222607287", "device_model": "TOASTER9", "store_id": "%s"}
                    """.formatted(storeServerId));
            send("GET", Paths.TERMINALS + "?store_id=" + Seed.STORE_ID + "&status=ACTIVE", null);
            send("GET", Paths.TERMINALS + "?device_model=TOASTER9", null);
            send("GET", path + "?includes=store", null);
            send("GET", path + "?includes=everything", null);
            send("PUT", path, "{\"label\": \"Till 1\"}");
            send("GET", path + "/readiness", null);
            send("POST", path + "/sync", null);

            Response failing = send("POST", Paths.TERMINALS, Bodies.terminal("FAIL-0001", storeServerId));
            String failed = Paths.TERMINALS + "/" + failing.text("/terminal_id");
            send("PUT", failed, "{\"status\": \"ACTIVE\"}");
            send("POST", failed + "/sync", null, "Idempotency-Key", "sync-1");
            send("POST", failed + "/sync", "{\"force\": true}", "Idempotency-Key", "sync-1");
            send("GET", failed + "/readiness", null);
            send("PUT", Paths.STORES + "/" + Seed.STORE_ID, "{\"status\": \"INACTIVE\"}");
            send("POST", failed + "/sync", null);
            send("PUT", Paths.STORES + "/" + Seed.STORE_ID, "{\"status\": \"ACTIVE\"}");
            send("DELETE", failed, null);
            send("DELETE", failed, null);
            send("PUT", failed, "{\"label\": \"Gone\"}");
            send("POST", failed + "/sync", null);
            send("GET", Paths.TERMINALS + "/T11223351-T9999", null);
            send("DELETE", Paths.STORES + "/" + Seed.STORE_ID, null);

            String terminalId = terminal.text("/terminal_id");
            Response session = send("POST", Paths.SESSIONS, Bodies.session(Seed.STORE_ID, terminalId, Seed.SELLER));
            send("GET", session.header("Location"), null);
            send("GET", "/v1/sessions/T11223351-00000000-0000-4000-8000-000000000000", null);
            send("POST", Paths.SESSIONS, "{\"order\": {\"amount\": 100, \"currency\": \"NOK\", \"merchant_reference\": \"o-2\","
                    + " \"store\": {\"id\": \"oslo-center\"}}}");
            send("POST", Paths.SESSIONS, Bodies.session("nowhere", terminalId, Seed.SELLER));
            send("POST", Paths.SESSIONS, Bodies.session(Seed.STORE_ID, "T11223351-T9999", Seed.SELLER));
            String otherStore = send("POST", Paths.STORES, Bodies.store("grunerlokka", Seed.SELLER)).text("/id");
            String elsewhere = send("POST", Paths.TERMINALS, Bodies.terminal("158222607288", otherStore)).text("/terminal_id");
            send("POST", Paths.SESSIONS, Bodies.session(Seed.STORE_ID, elsewhere, Seed.SELLER));
            send("POST", Paths.SESSIONS, Bodies.session(Seed.STORE_ID, terminalId, "seller-3"));
            send("POST", Paths.SESSIONS, Bodies.session(Seed.STORE_ID, failing.text("/terminal_id"), Seed.SELLER));
            send("GET", "/health", null);
            send("GET", "/health/live", null);
            send("GET", "/health/ready", null);
            server.ready.set(false);
            send("GET", "/health/ready", null);
            server.ready.set(true);
        }

        void events() {
            String events = Paths.ACCOUNT + "/events";
            Response page = send("GET", events + "?event=account_terminal_update&limit=2", null);
            send("GET", events + "/" + page.text("/events/0/id"), null);
            send("GET", events + "/evt_00000000000000000000000000000000", null);
            send("GET", events + "?event=terminal_moved", null);
        }

        void operations() {
            String terminal = Paths.TERMINALS + "/T11223351-T0001";
            Response started = send("POST", terminal + "/operations", "{\"operation\": \"end_of_day\"}");
            send("POST", terminal + "/operations", "{\"operation\": \"send_logs\"}");
            send("DELETE", terminal, null);
            send("GET", terminal + "/operations", null);
            send("GET", started.header("Location"), null);
            send("GET", terminal + "/operations/op_00000000000000000000000000000000", null);
            send("POST", Paths.TERMINALS + "/T11223351-T0002/operations", "{\"operation\": \"check_update\"}");
        }

        void webhooks() {
            String hooks = Paths.ACCOUNT + "/hooks/subscriptions";
            try (LoopbackReceiver receiver = LoopbackReceiver.start(server.javaClock())) {
                String settings = "{\"url\": \"" + receiver.url() + "\", \"events\": [\"account_store_update\","
                        + " \"account_terminal_update\"], \"description\": \"Till system\"}";
                Response created = send("POST", hooks, settings);
                String path = hooks + "/" + created.text("/id");
                send("POST", hooks, "{\"url\": \"ftp://hooks.example.com/onboard\", \"events\": [\"*\"]}");
                send("GET", hooks, null);
                Response read = send("GET", path, null);
                send("PUT", path, settings.replace("Till system", "Till system, all stores"), "If-Match", read.header("ETag"));
                send("POST", path + "/rotate_secret", "{\"expire_previous_in_seconds\": 3600}");
                send("POST", path + "/ping", null);
                send("PUT", Paths.STORES + "/" + Seed.STORE_ID, "{\"store_name\": \"Oslo Center\"}");
                server.dispatchAll();
                Response log = send("GET", path + "/deliveries?status=delivered", null);
                send("POST", path + "/deliveries/" + log.text("/deliveries/0/id") + "/redeliver", null);
                send("GET", hooks + "/sub_00000000000000000000000000000000", null);
                server.dispatchAll();
                send("DELETE", path, null);
            }
        }

        /** What any call can meet, shown once each: the token, the body, the scope, the account, the path. */
        void everyCallsRefusals() {
            String readOnly = server.token(Seed.ACCOUNT, "read:accounts");
            String otherAccount = server.token(Seed.OTHER_ACCOUNT);
            sendAs(null, "GET", Paths.STORES, null);
            sendAs(readOnly, "POST", Paths.STORES, Bodies.store("bergen", Seed.SELLER));
            sendAs(otherAccount, "GET", Paths.STORES, null);
            send("POST", Paths.STORES, "{\"store_id\": \"bergen\",");
            send("POST", Paths.STORES, "{\"store_id\": 7, \"store_name\": \"Bergen\"}");
            send("POST", Paths.STORES, "{\"store_id\": \"bergen\", \"colour\": \"red\"}");
            send("POST", Paths.STORES, "{}");
            send("GET", Paths.STORES + "?limit=500", null);
            send("POST", Paths.STORES, Bodies.store("bergen", Seed.SELLER), "Idempotency-Key", "store-bergen");
            send("POST", Paths.STORES, Bodies.store("bergen-2", Seed.SELLER), "Idempotency-Key", "store-bergen");
            ApiClient.Request plainText = server.client.post(Paths.STORES).token(token)
                    .body("store_id=bergen".getBytes(StandardCharsets.UTF_8), "text/plain");
            recorder.send("POST", Paths.STORES, null, plainText);
            ApiClient.Request huge = server.client.post(Paths.STORES).token(token)
                    .body(("{\"store_name\": \"" + "x".repeat(Call.MAX_BODY_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8),
                            "application/json");
            recorder.send("POST", Paths.STORES, null, huge);
            send("GET", Paths.TERMINALS + "/%00", null);
        }

        private static String action(String seller, String name) {
            return APPROVALS + "/" + seller + "/" + name;
        }

        private static String withoutPhone(String id, String organizationNumber) {
            return Bodies.seller(id, organizationNumber, null).replace("\"phone_number\": \"+4722334455\", ", "");
        }
    }

    /**
     * A store update that loses a race: just before it writes, another writer changes the same store, as a second
     * server instance or a concurrent request would; the storage then refuses the stale write.
     */
    private static OnboardingStorage racing(OnboardingStorage real, AtomicBoolean raceNext) {
        Stores stores = real.stores();
        Stores racing = (Stores) Proxy.newProxyInstance(Stores.class.getClassLoader(), new Class<?>[] {Stores.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("update") && raceNext.getAndSet(false)) {
                        Store written = (Store) args[0];
                        stores.update(stores.find(written.id()).orElseThrow());
                    }
                    try {
                        return method.invoke(stores, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return TestServer.withStores(real, racing);
    }

    /** A bug's answer, from a server whose storage fails as a broken database would. */
    private static JsonNode internalError() {
        InMemoryStorage memory = InMemoryStorage.create();
        OnboardingStorage failing = TestServer.withStores(memory.onboarding(),
                TestServer.brokenStores("the database is unreachable"));
        try (TestServer server = new TestServer(failing, memory.access())) {
            Response response = server.client.get(Paths.STORES).token(server.token(Seed.ACCOUNT)).send();
            assertThat(response.errorCode()).isEqualTo("INTERNAL_ERROR");
            return response.json();
        }
    }
}
