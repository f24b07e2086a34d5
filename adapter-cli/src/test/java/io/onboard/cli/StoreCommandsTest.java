package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static io.onboard.cli.Cli.SELLER;
import static io.onboard.cli.Cli.STORE_ID;
import static io.onboard.cli.Cli.STORE_SERVER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stores from the command line: both ids, linking to a seller, paging, soft deletion. */
class StoreCommandsTest {
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
    void a_store_linked_to_an_active_seller_is_verified_and_answers_to_both_its_ids() {
        JsonNode byStoreId = cli.ok("store", "show", "--account", ACCOUNT, STORE_ID, "--json").json();
        JsonNode byServerId = cli.ok("store", "show", "--account", ACCOUNT, STORE_SERVER_ID, "--json").json();

        assertThat(byStoreId).isEqualTo(byServerId);
        assertThat(byStoreId.get("id").asText()).isEqualTo(STORE_SERVER_ID);
        assertThat(byStoreId.get("verified").asBoolean()).isTrue();
        assertThat(byStoreId.at("/organization/organization_number").asText()).isEqualTo(Cli.ORGANIZATION_NUMBER);
        assertThat(byStoreId.at("/payout_destination/case_status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void a_store_with_all_its_fields_keeps_what_was_given() {
        JsonNode store = cli.ok("store", "create", "--account", ACCOUNT, "--store-id", "bergen", "--name", "Bergen",
                "--seller", SELLER, "--organization-number", Cli.ORGANIZATION_NUMBER, "--trade-name", "Kaffe Bergen",
                "--address-line", "Torgallmenningen 1", "--postal-code", "5014", "--postal-place", "Bergen",
                "--address-country", "NO", "--phone", "+4755112233", "--email", "bergen@oslokaffe.no",
                "--latitude", "60.39", "--longitude", "5.32", "--json").json();

        assertThat(store.get("store_id").asText()).isEqualTo("bergen");
        assertThat(store.at("/organization/trade_name").asText()).isEqualTo("Kaffe Bergen");
        assertThat(store.at("/address/postal_place").asText()).isEqualTo("Bergen");
        assertThat(store.at("/coordinates/latitude").asDouble()).isEqualTo(60.39);
    }

    @Test
    void a_store_whose_organization_number_differs_from_its_sellers_is_refused() {
        Cli.Run run = cli.run("store", "create", "--account", ACCOUNT, "--name", "Bergen", "--seller", SELLER,
                "--organization-number", "974760673");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("ORGANIZATION_MISMATCH: ");
    }

    @Test
    void a_store_for_a_seller_that_does_not_exist_is_refused() {
        Cli.Run run = cli.run("store", "create", "--account", ACCOUNT, "--name", "Bergen", "--seller", "nobody");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("PAYOUT_DESTINATION_NOT_FOUND: ");
    }

    @Test
    void a_store_without_name_or_seller_is_refused_naming_both_fields() {
        Cli.Run run = cli.run("store", "create", "--account", ACCOUNT);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).contains("  store_name: ", "  payout_destination.payout_destination_id: ");
    }

    @Test
    void a_store_can_be_created_from_the_http_apis_json_body() throws IOException {
        Path body = Files.writeString(dir.resolve("store.json"), """
                {"store_id": "bergen", "store_name": "Bergen", "payout_destination": {"payout_destination_id": "seller-1"}}
                """);

        JsonNode store = cli.ok("store", "create", "--account", ACCOUNT, "--file", body.toString(), "--json").json();

        assertThat(store.get("id").asText()).isEqualTo("T11223351-0002");
    }

    @Test
    void updating_a_store_changes_only_the_fields_given() {
        JsonNode updated = cli.ok("store", "update", "--account", ACCOUNT, STORE_ID, "--name", "Oslo Sentrum",
                "--status", "INACTIVE", "--json").json();

        assertThat(updated.get("store_name").asText()).isEqualTo("Oslo Sentrum");
        assertThat(updated.get("status").asText()).isEqualTo("INACTIVE");
        assertThat(updated.at("/payout_destination/payout_destination_id").asText()).isEqualTo(SELLER);
    }

    @Test
    void stores_are_listed_a_page_at_a_time_with_the_cursor_of_the_next_page() {
        cli.ok("store", "create", "--account", ACCOUNT, "--store-id", "bergen", "--name", "Bergen", "--seller", SELLER);

        Cli.Run first = cli.ok("store", "list", "--account", ACCOUNT, "--limit", "1");
        JsonNode firstJson = cli.ok("store", "list", "--account", ACCOUNT, "--limit", "1", "--json").json();
        String cursor = firstJson.get("starting_after").asText();
        JsonNode second = cli.ok("store", "list", "--account", ACCOUNT, "--limit", "1", "--starting-after", cursor,
                "--json").json();

        assertThat(first.out()).contains(STORE_ID).doesNotContain("bergen").contains("--starting-after " + cursor);
        assertThat(firstJson.get("stores")).extracting(s -> s.get("store_id").asText()).containsExactly(STORE_ID);
        assertThat(second.get("stores")).extracting(s -> s.get("store_id").asText()).containsExactly("bergen");
        assertThat(second.get("starting_after").isNull()).isTrue();
    }

    @Test
    void a_store_holding_terminals_cannot_be_deleted_and_an_empty_one_is_deleted_softly() {
        cli.terminal("158222607285");
        cli.ok("store", "create", "--account", ACCOUNT, "--store-id", "bergen", "--name", "Bergen", "--seller", SELLER);

        Cli.Run refused = cli.run("store", "delete", "--account", ACCOUNT, STORE_ID);
        JsonNode deleted = cli.ok("store", "delete", "--account", ACCOUNT, "bergen", "--json").json();
        Cli.Run again = cli.run("store", "create", "--account", ACCOUNT, "--store-id", "bergen", "--name", "B",
                "--seller", SELLER);

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(refused.err()).startsWith("STORE_HAS_TERMINALS: ");
        assertThat(deleted.get("status").asText()).isEqualTo("DELETED");
        assertThat(again.err()).startsWith("DUPLICATE_STORE_ID: ");
    }

    @Test
    void an_unknown_store_is_not_found() {
        assertThat(cli.run("store", "update", "--account", ACCOUNT, "nowhere", "--name", "X").exitCode())
                .isEqualTo(ExitCodes.NOT_FOUND);
    }
}
