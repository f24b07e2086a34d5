package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made from the command line are events too, read back with {@code event list} and {@code event show}. */
class EventCommandsTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void seed() {
        cli = newCli().seeded();
    }

    /** The CLI on the database under test: a SQLite file here. */
    Cli newCli() {
        return Cli.on(dir.resolve("onboard.db"));
    }

    @Test
    void the_seed_flow_run_from_the_command_line_is_in_the_accounts_events_in_order() {
        String terminal = cli.terminal("158222607299");

        JsonNode page = cli.ok("event", "list", "--account", ACCOUNT, "--limit", "100", "--json").json();
        List<String> types = new ArrayList<>();
        page.get("events").forEach(event -> types.add(event.get("event").asText()));
        JsonNode last = page.get("events").get(page.get("events").size() - 1);

        assertThat(types).startsWith("approval_payout_destination_add").contains("account_store_add")
                .endsWith("account_store_add", "account_terminal_add");
        assertThat(last.get("resource_id").asText()).isEqualTo(terminal);
        assertThat(last.at("/data/status").asText()).as("provisioned within the registration").isEqualTo("ACTIVE");
        assertThat(last.get("previous")).isEmpty();
        assertThat(cli.ok("event", "show", "--account", ACCOUNT, last.get("id").asText(), "--json").json()).isEqualTo(last);
    }

    @Test
    void events_filter_by_type_and_resource_and_an_unknown_event_is_not_found() {
        String terminal = cli.terminal("158222607298");

        JsonNode ofTerminal = cli.ok("event", "list", "--account", ACCOUNT, "--resource", terminal, "--json").json();
        JsonNode adds = cli.ok("event", "list", "--account", ACCOUNT, "--event", "account_store_add", "--json").json();
        Cli.Run unknown = cli.run("event", "show", "--account", ACCOUNT, "evt_00000000000000000000000000000000");

        assertThat(ofTerminal.get("events")).hasSize(1).allSatisfy(event ->
                assertThat(event.get("resource_id").asText()).isEqualTo(terminal));
        assertThat(adds.get("events")).allSatisfy(event -> assertThat(event.get("event").asText()).isEqualTo("account_store_add"));
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(cli.ok("event", "list", "--account", ACCOUNT).out()).contains("SEQUENCE", "approval_payout_destination_add");
    }
}
