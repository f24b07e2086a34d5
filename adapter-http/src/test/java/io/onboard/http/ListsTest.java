package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.testdata.Seed;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every list filter SPEC 6 names, and walking pages with limit and starting_after. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListsTest {
    private TestServer server;
    private Onboarding flow;
    private String northId;

    /** The server the tests run against: over in-memory storage, and over PostgreSQL in {@code PostgresListsTest}. */
    TestServer newServer() {
        return new TestServer();
    }

    @BeforeAll
    void onboard() {
        server = newServer();
        flow = new Onboarding(server);
        flow.activeSeller();
        flow.seller(Bodies.seller("seller-2", Seed.OTHER_ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        flow.seller(Bodies.seller("seller-3", "987654325", null));
        String oslo = flow.store(Bodies.guideStore()).text("/id");
        northId = flow.store(Bodies.store("north", "seller-2")).text("/id");
        flow.terminal("AAA-000001", oslo);
        flow.terminal("AAA-000002", oslo);
        flow.client.post(Paths.TERMINALS).token(flow.token).json("""
                {"device_serial_number": "BBB-000003", "device_model": "S1P2", "store_id": "oslo-center", "label": "Till by the door"}
                """).send();
        flow.terminal("FAIL-000004", northId);
        flow.terminal("CCC-000005", northId);
        flow.client.put(Paths.STORES + "/north").token(flow.token).json("{\"status\": \"INACTIVE\"}").send();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void terminals_filter_by_store_either_id_seller_status_model_serial_terminal_id_and_search() {
        assertThat(terminals("store_id=oslo-center")).containsExactly("AAA-000001", "AAA-000002", "BBB-000003");
        assertThat(terminals("store_id=" + northId)).containsExactly("FAIL-000004", "CCC-000005");
        assertThat(terminals("payout_destination_id=seller-2")).containsExactly("FAIL-000004", "CCC-000005");
        assertThat(terminals("status=ERROR")).containsExactly("FAIL-000004");
        assertThat(terminals("device_model=S1P2")).containsExactly("BBB-000003");
        assertThat(terminals("device_serial_number=AAA-000002")).containsExactly("AAA-000002");
        assertThat(terminals("terminal_id=T11223351-T0005")).containsExactly("CCC-000005");
        assertThat(terminals("search=door")).containsExactly("BBB-000003");
        assertThat(terminals("search=AAA")).containsExactly("AAA-000001", "AAA-000002");
        assertThat(terminals("search=T0004")).containsExactly("FAIL-000004");
        assertThat(terminals("store_id=oslo-center&status=ACTIVE&device_model=SATURN1000")).containsExactly("AAA-000001", "AAA-000002");
    }

    @Test
    void terminals_include_their_store_only_when_asked() {
        JsonNode plain = flow.client.get(Paths.TERMINALS).token(flow.token).send().json().get("terminals");
        JsonNode withStore = flow.client.get(Paths.TERMINALS + "?includes=store").token(flow.token).send().json().get("terminals");

        assertThat(plain.get(0).has("store")).isFalse();
        assertThat(withStore.get(0).at("/store/store_id").asText()).isEqualTo(Seed.STORE_ID);
        assertThat(withStore.get(4).at("/store/id").asText()).isEqualTo(northId);
    }

    @Test
    void walking_the_terminal_pages_gives_every_terminal_once_in_creation_order() {
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Response page = flow.client.get(Paths.TERMINALS + "?limit=2" + (cursor == null ? "" : "&starting_after=" + cursor))
                    .token(flow.token).send();
            JsonNode items = page.json().get("terminals");
            sizes.add(items.size());
            items.forEach(t -> seen.add(t.get("terminal_id").asText()));
            cursor = page.text("/starting_after");
        } while (cursor != null);

        assertThat(sizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactly("T11223351-T0001", "T11223351-T0002", "T11223351-T0003", "T11223351-T0004",
                "T11223351-T0005");
    }

    @Test
    void stores_filter_by_seller_and_status_and_page() {
        assertThat(stores("payout_destination_id=seller-1")).containsExactly(Seed.STORE_ID);
        assertThat(stores("status=INACTIVE")).containsExactly("north");
        assertThat(stores("status=ACTIVE")).containsExactly(Seed.STORE_ID);
        Response first = flow.client.get(Paths.STORES + "?limit=1").token(flow.token).send();
        Response second = flow.client.get(Paths.STORES + "?limit=1&starting_after=" + first.text("/starting_after"))
                .token(flow.token).send();
        assertThat(first.json().at("/stores/0/store_id").asText()).isEqualTo(Seed.STORE_ID);
        assertThat(second.json().at("/stores/0/store_id").asText()).isEqualTo("north");
        assertThat(second.text("/starting_after")).isNull();
    }

    @Test
    void sellers_filter_by_case_status_under_both_paths() {
        for (String base : List.of(Paths.SELLERS, Paths.APPROVALS)) {
            assertThat(ids(flow.client.get(base + "?case_status=ACTIVE").token(flow.token).send(), "payout_destinations",
                    "payout_destination_id")).containsExactly(Seed.SELLER, "seller-2");
            assertThat(ids(flow.client.get(base + "?case_status=WAITING_FOR_DECLARATION").token(flow.token).send(),
                    "payout_destinations", "payout_destination_id")).containsExactly("seller-3");
        }
        Response page = flow.client.get(Paths.SELLERS + "?limit=2").token(flow.token).send();
        assertThat(page.json().get("payout_destinations")).hasSize(2);
        assertThat(page.text("/starting_after")).isNotNull();
        assertThat(page.json().at("/payout_destinations/0/number_of_terminals").asInt()).isEqualTo(3);
    }

    private List<String> terminals(String query) {
        return ids(flow.client.get(Paths.TERMINALS + "?" + query).token(flow.token).send(), "terminals", "device_serial_number");
    }

    private List<String> stores(String query) {
        return ids(flow.client.get(Paths.STORES + "?" + query).token(flow.token).send(), "stores", "store_id");
    }

    private static List<String> ids(Response response, String list, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get(list).spliterator(), false).map(n -> n.get(field).asText()).toList();
    }
}
