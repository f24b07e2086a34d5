package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import io.onboard.jdbc.SqliteStorage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The onboarding guide's flow over real HTTP on a real SQLite file (and PostgreSQL database), exactly as the guide shows it. */
class OnboardingFlowTest {
    @TempDir
    Path folder;

    TestServer server;
    Onboarding flow;

    @BeforeEach
    void start() {
        server = newServer();
        flow = new Onboarding(server);
    }

    /** The server the flow runs against: over a SQLite file, and over PostgreSQL in {@code PostgresOnboardingFlowTest}. */
    TestServer newServer() {
        SqliteStorage sqlite = SqliteStorage.open(folder.resolve("onboard.db"));
        return new TestServer(sqlite.onboarding(), sqlite.access());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_guides_flow_ends_in_an_accepted_session_for_an_enrolled_terminal() {
        Response seller = flow.activeSeller();
        assertThat(seller.text("/case_status")).isEqualTo("ACTIVE");

        Response store = flow.store(Bodies.guideStore());
        assertThat(store.text("/store_id")).isEqualTo(Seed.STORE_ID);
        assertThat(store.text("/id")).isEqualTo("T11223351-0001");
        assertThat(store.text("/organization/organization_number")).isEqualTo(Seed.ORGANIZATION_NUMBER);
        assertThat(store.json().get("verified").asBoolean()).isTrue();
        assertThat(store.text("/phone_number")).as("filled from the validated organization data").isEqualTo("+4722334455");
        assertThat(store.text("/address/postal_place")).isEqualTo("Oslo");

        Response terminal = flow.terminal(Seed.SERIAL, store.text("/id"));
        String terminalId = terminal.text("/terminal_id");
        assertThat(terminalId).isEqualTo("T11223351-T0001");
        assertThat(terminal.text("/store_id")).as("reads show the merchant store id").isEqualTo(Seed.STORE_ID);
        assertThat(terminal.text("/status")).isEqualTo("ACTIVE");

        Response read = server.client.get(Paths.TERMINALS + "/" + terminalId + "?includes=store").token(flow.token).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("/store_id")).isEqualTo(Seed.STORE_ID);
        assertThat(read.text("/store/id")).isEqualTo(store.text("/id"));
        assertThat(read.text("/store/store_name")).isEqualTo("Oslo Center");
        Response plainRead = server.client.get(Paths.TERMINALS + "/" + terminalId).token(flow.token).send();
        assertThat(plainRead.header("ETag")).as("the same representation as registration answered").isEqualTo(terminal.header("ETag"));

        Response readiness = server.client.get(Paths.TERMINALS + "/" + terminalId + "/readiness").token(flow.token).send();
        assertThat(readiness.json().get("enrolled").asBoolean()).isTrue();
        assertThat(readiness.json().get("checks")).hasSize(6);

        Response session = server.client.post(Paths.SESSIONS).token(flow.token)
                .json(Bodies.session(Seed.STORE_ID, terminalId, Seed.SELLER)).send();
        assertThat(session.status()).as(session.toString()).isEqualTo(201);
        assertThat(session.text("/status")).isEqualTo("CREATED");
        assertThat(session.text("/order/store/terminal_id")).isEqualTo(terminalId);

        Response again = server.client.get("/v1/sessions/" + session.text("/id")).token(flow.token).send();
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(session.json());
    }

    @Test
    void a_terminal_registered_with_the_merchant_store_id_lands_in_the_same_store() {
        flow.activeSeller();
        Response store = flow.store(Bodies.guideStore());
        Response terminal = flow.terminal(Seed.SERIAL, Seed.STORE_ID);
        Response byServerId = server.client.get(Paths.STORES + "/" + store.text("/id")).token(flow.token).send();
        Response byMerchantId = server.client.get(Paths.STORES + "/" + Seed.STORE_ID).token(flow.token).send();

        assertThat(terminal.text("/store_id")).isEqualTo(Seed.STORE_ID);
        assertThat(byServerId.json()).isEqualTo(byMerchantId.json());
        assertThat(byServerId.json().get("number_of_terminals").asInt()).isEqualTo(1);
    }

    @Test
    void a_seller_walks_its_case_from_declaration_to_active_through_the_case_actions() {
        flow.seller(Bodies.seller("seller-2", Seed.ORGANIZATION_NUMBER, null));
        String base = Paths.APPROVALS + "/seller-2/";

        Response declared = server.client.post(base + "submit_declaration").token(flow.token).send();
        Response signed = server.client.post(base + "sign").token(flow.token).json("{}").send();

        assertThat(declared.text("/case_status")).isEqualTo("WAITING_FOR_SIGNATURE");
        assertThat(signed.text("/case_status")).as("screening passes complete data").isEqualTo("ACTIVE");
        Response terminate = server.client.post(base + "terminate").token(flow.token).json("{\"reason\": \"closed\"}").send();
        assertThat(terminate.text("/case_status")).isEqualTo("TERMINATED");
        Response again = server.client.post(base + "sign").token(flow.token).send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("INVALID_CASE_TRANSITION");
    }

    @Test
    void stores_and_terminals_are_changed_and_deleted_softly() {
        Response terminal = flow.enrolledTerminal();
        String path = Paths.TERMINALS + "/" + terminal.text("/terminal_id");

        Response labelled = server.client.put(path).token(flow.token).json("{\"label\": \"Till 1\", \"status\": \"INACTIVE\"}").send();
        assertThat(labelled.text("/label")).isEqualTo("Till 1");
        assertThat(labelled.text("/status")).isEqualTo("INACTIVE");

        Response busyStore = server.client.delete(Paths.STORES + "/" + Seed.STORE_ID).token(flow.token).send();
        assertThat(busyStore.errorCode()).isEqualTo("STORE_HAS_TERMINALS");

        Response removed = server.client.delete(path).token(flow.token).send();
        assertThat(removed.text("/status")).isEqualTo("DELETED");
        assertThat(removed.text("/deleted_at")).isNotNull();

        Response deletedStore = server.client.delete(Paths.STORES + "/" + Seed.STORE_ID).token(flow.token).send();
        assertThat(deletedStore.status()).isEqualTo(200);
        assertThat(deletedStore.text("/status")).isEqualTo("DELETED");
    }

    @Test
    void a_failed_provisioning_is_retried_with_sync() {
        flow.activeSeller();
        Response store = flow.store(Bodies.guideStore());
        Response failed = flow.terminal("FAIL-0001", store.text("/id"));
        assertThat(failed.text("/status")).isEqualTo("ERROR");
        assertThat(failed.text("/status_reason")).isEqualTo("SYNC_ERROR");

        Response retried = server.client.post(Paths.TERMINALS + "/" + failed.text("/terminal_id") + "/sync").token(flow.token).send();

        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.text("/status")).as("the simulated provisioner fails FAIL serials again").isEqualTo("ERROR");
        Response healthy = flow.terminal("ABC-0002", store.text("/id"));
        Response notRetryable = server.client.post(Paths.TERMINALS + "/" + healthy.text("/terminal_id") + "/sync")
                .token(flow.token).send();
        assertThat(notRetryable.errorCode()).isEqualTo("TERMINAL_NOT_RETRYABLE");
    }
}
