package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.testdata.Seed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events over HTTP: what the flow changed, in order, each with the resource exactly as its GET shows it. */
class EventsApiTest {
    private final TestServer server = newServer();
    private final Onboarding flow = new Onboarding(server);

    /** The server the tests run against: over in-memory storage, and over PostgreSQL in {@code PostgresEventsApiTest}. */
    TestServer newServer() {
        return new TestServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void an_events_data_is_the_resource_as_its_get_shows_it_and_previous_is_what_changed() {
        Response terminal = flow.enrolledTerminal();
        String terminalId = terminal.text("/terminal_id");
        Response relabelled = server.client.put(Paths.TERMINALS + "/" + terminalId).token(flow.token)
                .json("{\"label\": \"Till 7\"}").send();

        JsonNode events = server.client.get(Paths.ACCOUNT + "/events?resource_id=" + terminalId).token(flow.token)
                .send().json().get("events");
        JsonNode last = events.get(events.size() - 1);

        assertThat(types(events)).containsExactly("account_terminal_add", "account_terminal_update");
        assertThat(last.get("data")).isEqualTo(relabelled.json());
        // the test's clock stands still, so updated_at did not change either
        assertThat(last.get("previous").toString()).isEqualTo("{\"label\":null}");
        assertThat(server.client.get(Paths.ACCOUNT + "/events/" + last.get("id").asText()).token(flow.token).send().json())
                .isEqualTo(last);
    }

    @Test
    void sequences_increase_strictly_and_a_cursor_catches_up_from_where_it_stopped() {
        flow.enrolledTerminal();
        JsonNode first = server.client.get(Paths.ACCOUNT + "/events?limit=2").token(flow.token).send().json();
        server.client.post(Paths.STORES).token(flow.token).json(Bodies.store("bergen", Seed.SELLER)).send();

        JsonNode rest = server.client.get(Paths.ACCOUNT + "/events?limit=100&starting_after=" + first.get("starting_after").asText())
                .token(flow.token).send().json();
        List<Long> sequences = new ArrayList<>();
        first.get("events").forEach(event -> sequences.add(event.get("sequence").asLong()));
        rest.get("events").forEach(event -> sequences.add(event.get("sequence").asLong()));

        assertThat(sequences).startsWith(1L, 2L, 3L, 4L).isSorted().doesNotHaveDuplicates();
        assertThat(sequences.get(sequences.size() - 1)).isEqualTo(sequences.size());
        assertThat(types(rest.get("events"))).endsWith("account_store_add");
    }

    @Test
    void the_last_pages_resume_after_catches_up_later_on_what_came_since() {
        flow.activeSeller();
        JsonNode caughtUp = server.client.get(Paths.ACCOUNT + "/events?limit=100").token(flow.token).send().json();
        String resume = caughtUp.get("resume_after").asText();
        JsonNode nothingNew = server.client.get(Paths.ACCOUNT + "/events?starting_after=" + resume).token(flow.token).send().json();
        server.client.post(Paths.STORES).token(flow.token).json(Bodies.guideStore()).send();

        JsonNode since = server.client.get(Paths.ACCOUNT + "/events?starting_after=" + resume).token(flow.token).send().json();

        assertThat(caughtUp.get("starting_after").isNull()).as("the last page has no next page").isTrue();
        assertThat(nothingNew.get("events")).isEmpty();
        assertThat(nothingNew.get("resume_after").asText()).as("asked again, it keeps its place").isEqualTo(resume);
        assertThat(types(since.get("events"))).containsExactly("account_store_add");
    }

    @Test
    void no_account_reads_anothers_events() {
        flow.enrolledTerminal();
        String theirs = server.token(Seed.OTHER_ACCOUNT);
        String ourEvent = server.client.get(Paths.ACCOUNT + "/events?limit=1").token(flow.token).send().text("/events/0/id");
        String otherAccount = "/v1/accounts/" + Seed.OTHER_ACCOUNT.value() + "/events";

        assertThat(server.client.get(Paths.ACCOUNT + "/events").token(theirs).send().status()).isEqualTo(403);
        assertThat(server.client.get(otherAccount).token(theirs).send().json().get("events")).isEmpty();
        assertThat(server.client.get(otherAccount + "/" + ourEvent).token(theirs).send().status()).isEqualTo(404);
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(event -> types.add(event.get("event").asText()));
        return types;
    }
}
