package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.testdata.Seed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ETag on single resources and If-Match on changes: a change based on an older read is refused with 412. */
class ConditionalRequestTest {
    /** The version, then a digest of the representation. */
    private static final String TAG = "\"\\d+-[0-9a-f]{16}\"";
    private final TestServer server = newServer();
    private final Onboarding flow = new Onboarding(server);

    /** The server the tests run against: over in-memory storage, and over PostgreSQL in {@code PostgresConditionalRequestTest}. */
    TestServer newServer() {
        return new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_store_change_with_the_current_etag_succeeds_and_a_stale_one_gets_412() {
        flow.activeSeller();
        String etag = flow.store(Bodies.guideStore()).header("ETag");
        String path = Paths.STORES + "/" + Seed.STORE_ID;

        Response changed = server.client.put(path).token(flow.token).header("If-Match", etag).json("{\"store_name\": \"Oslo S\"}").send();
        Response stale = server.client.put(path).token(flow.token).header("If-Match", etag).json("{\"store_name\": \"Late\"}").send();
        Response staleDelete = server.client.delete(path).token(flow.token).header("If-Match", etag).send();

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.header("ETag")).isNotEqualTo(etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorCode()).isEqualTo("PRECONDITION_FAILED");
        assertThat(staleDelete.status()).isEqualTo(412);
        assertThat(server.client.get(path).token(flow.token).send().text("/store_name")).isEqualTo("Oslo S");
    }

    @Test
    void a_terminal_change_honours_if_match_and_an_if_match_that_is_not_our_etag_never_matches() {
        Response terminal = flow.enrolledTerminal();
        String path = Paths.TERMINALS + "/" + terminal.text("/terminal_id");

        Response notOurs = server.client.put(path).token(flow.token).header("If-Match", "W/\"abc\"").json("{\"label\": \"x\"}").send();
        Response current = server.client.put(path).token(flow.token).header("If-Match", terminal.header("ETag"))
                .json("{\"label\": \"Till 2\"}").send();
        Response any = server.client.put(path).token(flow.token).header("If-Match", "*").json("{\"label\": \"Till 3\"}").send();

        assertThat(notOurs.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(any.status()).isEqualTo(200);
        assertThat(any.text("/label")).isEqualTo("Till 3");
    }

    @Test
    void single_resources_carry_an_etag_that_reads_repeat() {
        Response terminal = flow.enrolledTerminal();
        Response seller = server.client.get(Paths.SELLERS + "/" + Seed.SELLER).token(flow.token).send();
        Response store = server.client.get(Paths.STORES + "/" + Seed.STORE_ID).token(flow.token).send();

        assertThat(seller.header("ETag")).matches(TAG);
        assertThat(store.header("ETag")).isEqualTo(server.client.get(Paths.STORES + "/" + Seed.STORE_ID).token(flow.token).send().header("ETag"));
        assertThat(terminal.header("ETag")).matches(TAG);
    }

    @Test
    void an_etag_changes_when_data_shown_through_another_resource_changes_and_if_match_then_fails() {
        flow.activeSeller();
        flow.store(Bodies.guideStore());
        String storePath = Paths.STORES + "/" + Seed.STORE_ID;
        String sellerPath = Paths.SELLERS + "/" + Seed.SELLER;
        Response storeBefore = server.client.get(storePath).token(flow.token).send();
        Response sellerBefore = server.client.get(sellerPath).token(flow.token).send();

        flow.terminal(Seed.SERIAL, storeBefore.text("/id"));
        Response storeAfter = server.client.get(storePath).token(flow.token).send();
        Response sellerAfter = server.client.get(sellerPath).token(flow.token).send();
        Response staleChange = server.client.put(storePath).token(flow.token).header("If-Match", storeBefore.header("ETag"))
                .json("{\"store_name\": \"Late\"}").send();
        Response currentChange = server.client.put(storePath).token(flow.token)
                .header("If-Match", "\"0-0000000000000000\", " + storeAfter.header("ETag")).json("{\"store_name\": \"Oslo S\"}").send();

        assertThat(storeAfter.text("/number_of_terminals")).isEqualTo("1");
        assertThat(storeAfter.header("ETag")).isNotEqualTo(storeBefore.header("ETag"));
        assertThat(sellerAfter.header("ETag")).isNotEqualTo(sellerBefore.header("ETag"));
        assertThat(staleChange.status()).isEqualTo(412);
        assertThat(currentChange.status()).isEqualTo(200);
        assertThat(currentChange.text("/store_name")).isEqualTo("Oslo S");
    }

    @Test
    void a_terminal_read_with_its_store_gives_an_etag_that_if_match_accepts() {
        Response terminal = flow.enrolledTerminal();
        String path = Paths.TERMINALS + "/" + terminal.text("/terminal_id");
        Response withStore = server.client.get(path + "?includes=store").token(flow.token).send();

        Response changed = server.client.put(path).token(flow.token).header("If-Match", withStore.header("ETag"))
                .json("{\"label\": \"Till 2\"}").send();

        assertThat(withStore.header("ETag")).isNotEqualTo(terminal.header("ETag"));
        assertThat(changed.status()).isEqualTo(200);
    }
}
