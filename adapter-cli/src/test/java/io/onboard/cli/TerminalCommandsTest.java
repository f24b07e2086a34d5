package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static io.onboard.cli.Cli.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Terminals from the command line: registration, reads, changes, removal, sync and readiness. */
class TerminalCommandsTest {
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
    void a_registered_terminal_gets_the_next_terminal_id_and_reads_show_the_merchant_store_id() {
        JsonNode registered = cli.ok("terminal", "register", "--account", ACCOUNT, "--serial", "158222607285",
                "--model", "SATURN1000", "--store", Cli.STORE_SERVER_ID, "--label", "Till 1", "--json").json();
        Cli.Run shown = cli.ok("terminal", "show", "--account", ACCOUNT, "T11223351-T0001", "--include-store");

        assertThat(registered.get("terminal_id").asText()).isEqualTo("T11223351-T0001");
        assertThat(registered.get("store_id").asText()).isEqualTo(STORE_ID);
        assertThat(registered.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(registered.get("label").asText()).isEqualTo("Till 1");
        assertThat(shown.out()).containsPattern("store\\.id\\s+T11223351-0001").containsPattern("store_id\\s+oslo-center");
    }

    @Test
    void a_device_can_be_registered_only_once() {
        cli.terminal("158222607285");

        Cli.Run run = cli.run("terminal", "register", "--account", ACCOUNT, "--serial", "158222607285", "--model",
                "S1P2", "--store", STORE_ID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("DUPLICATE_SERIAL_NUMBER: ");
    }

    @Test
    void an_unsupported_model_is_refused_listing_the_supported_ones() {
        Cli.Run run = cli.run("terminal", "register", "--account", ACCOUNT, "--serial", "158222607285", "--model",
                "SATURN9", "--store", STORE_ID);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("UNSUPPORTED_DEVICE_MODEL: ").contains("SATURN1000", "S1U2");
    }

    @Test
    void terminals_are_listed_and_filtered() {
        cli.terminal("158222607285");
        cli.terminal("158222607286");
        cli.ok("terminal", "update", "--account", ACCOUNT, "T11223351-T0002", "--label", "Bar");

        Cli.Run table = cli.ok("terminal", "list", "--account", ACCOUNT);
        JsonNode searched = cli.ok("terminal", "list", "--account", ACCOUNT, "--search", "Bar", "--include-store",
                "--json").json();

        assertThat(table.out().lines().toList()).hasSize(3).first().asString().startsWith("TERMINAL_ID");
        assertThat(searched.get("terminals")).singleElement()
                .satisfies(t -> assertThat(t.get("terminal_id").asText()).isEqualTo("T11223351-T0002"))
                .satisfies(t -> assertThat(t.at("/store/store_name").asText()).isEqualTo("Oslo Center"));
    }

    @Test
    void a_terminal_taken_out_of_service_is_not_enrolled_and_readiness_says_why() {
        String terminal = cli.terminal("158222607285");
        cli.ok("terminal", "update", "--account", ACCOUNT, terminal, "--status", "INACTIVE");

        Cli.Run table = cli.ok("terminal", "readiness", "--account", ACCOUNT, terminal);
        JsonNode json = cli.ok("terminal", "readiness", "--account", ACCOUNT, terminal, "--json").json();

        assertThat(table.out()).contains("is not enrolled").containsPattern("terminal_active\\s+NO\\s+TERMINAL_NOT_ACTIVE");
        assertThat(json.get("enrolled").asBoolean()).isFalse();
        assertThat(json.get("checks")).hasSize(6);
        assertThat(json.get("checks")).filteredOn(c -> !c.get("ok").asBoolean())
                .extracting(c -> c.get("code").asText()).containsExactly("TERMINAL_NOT_ACTIVE");
    }

    @Test
    void a_removed_terminal_frees_its_serial_number() {
        String terminal = cli.terminal("158222607285");

        JsonNode removed = cli.ok("terminal", "remove", "--account", ACCOUNT, terminal, "--json").json();
        String again = cli.terminal("158222607285");

        assertThat(removed.get("status").asText()).isEqualTo("DELETED");
        assertThat(removed.get("deleted_at").isNull()).isFalse();
        assertThat(again).isEqualTo("T11223351-T0002");
    }

    @Test
    void sync_retries_a_failed_terminal_and_refuses_an_active_one() {
        String failing = cli.terminal("FAIL-0001");
        String active = cli.terminal("158222607285");

        JsonNode retried = cli.ok("terminal", "sync", "--account", ACCOUNT, failing, "--json").json();
        Cli.Run refused = cli.run("terminal", "sync", "--account", ACCOUNT, active);

        assertThat(retried.get("status").asText()).isEqualTo("ERROR");
        assertThat(retried.get("status_reason").asText()).isEqualTo("SYNC_ERROR");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(refused.err()).startsWith("TERMINAL_NOT_RETRYABLE: ");
    }

    @Test
    void a_terminal_moves_to_another_store_of_the_account() {
        String terminal = cli.terminal("158222607285");
        cli.ok("store", "create", "--account", ACCOUNT, "--store-id", "bergen", "--name", "Bergen", "--seller", Cli.SELLER);

        JsonNode moved = cli.ok("terminal", "update", "--account", ACCOUNT, terminal, "--store", "bergen", "--json").json();

        assertThat(moved.get("store_id").asText()).isEqualTo("bergen");
    }

    @Test
    void an_unknown_terminal_is_not_found_for_every_command_that_names_one() {
        for (String command : new String[] {"show", "remove", "sync", "readiness"}) {
            Cli.Run run = cli.run("terminal", command, "--account", ACCOUNT, "T11223351-T0099");
            assertThat(run.exitCode()).as(command + "\n" + run).isEqualTo(ExitCodes.NOT_FOUND);
        }
    }
}
