package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static io.onboard.cli.Cli.SELLER;
import static io.onboard.cli.Cli.STORE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** session check: would a session for this target be accepted? Same rules as creating one, nothing created. */
class SessionCheckCommandTest {
    @TempDir
    Path dir;
    private Cli cli;
    private String terminal;

    @BeforeEach
    void seed() {
        cli = Cli.on(dir.resolve("onboard.db")).seeded();
        terminal = cli.terminal("158222607285");
    }

    @Test
    void an_enrolled_terminal_would_be_accepted_and_every_check_is_printed() {
        Cli.Run run = check(STORE_ID, terminal, SELLER);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.DONE);
        assertThat(run.out()).startsWith("A session for this target would be accepted.")
                .contains("is enrolled", "terminal_exists", "organization_matches");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void a_terminal_whose_seller_was_terminated_would_be_refused_with_the_failed_check() {
        cli.ok("seller", "terminate", "--account", ACCOUNT, SELLER);

        Cli.Run run = check(STORE_ID, terminal, SELLER);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.out()).contains("would be refused")
                .containsPattern("payout_destination_active\\s+NO\\s+PAYOUT_DESTINATION_NOT_ACTIVE");
        assertThat(run.err()).startsWith("TERMINAL_NOT_ENROLLED: ").contains("PAYOUT_DESTINATION_NOT_ACTIVE");
    }

    @Test
    void the_server_id_is_not_the_store_id_a_session_names() {
        Cli.Run run = check(Cli.STORE_SERVER_ID, terminal, SELLER);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("STORE_NOT_FOUND: ");
    }

    @Test
    void a_terminal_of_another_store_would_be_refused() {
        cli.ok("store", "create", "--account", ACCOUNT, "--store-id", "bergen", "--name", "Bergen", "--seller", SELLER);

        assertThat(check("bergen", terminal, SELLER).err()).startsWith("TERMINAL_NOT_IN_STORE: ");
    }

    @Test
    void another_seller_than_the_stores_would_be_refused() {
        assertThat(check(STORE_ID, terminal, "seller-9").err()).startsWith("PAYOUT_DESTINATION_MISMATCH: ");
    }

    @Test
    void json_tells_acceptance_the_refusal_and_the_readiness() {
        cli.ok("terminal", "update", "--account", ACCOUNT, terminal, "--status", "INACTIVE");

        JsonNode json = check(STORE_ID, terminal, SELLER, "--json").json();

        assertThat(json.get("accepted").asBoolean()).isFalse();
        assertThat(json.at("/error/code").asText()).isEqualTo("TERMINAL_NOT_ENROLLED");
        assertThat(json.at("/readiness/terminal_id").asText()).isEqualTo(terminal);
        assertThat(json.at("/readiness/enrolled").asBoolean()).isFalse();
    }

    @Test
    void a_check_leaves_no_session_behind() throws SQLException {
        check(STORE_ID, terminal, SELLER);
        check(STORE_ID, terminal, SELLER, "--json");

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("onboard.db"));
             ResultSet count = db.createStatement().executeQuery("SELECT count(*) FROM sessions")) {
            count.next();
            assertThat(count.getInt(1)).isZero();
        }
    }

    private Cli.Run check(String store, String terminalId, String seller, String... more) {
        String[] args = {"session", "check", "--account", ACCOUNT, "--store", store, "--terminal", terminalId,
            "--payout-destination", seller};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return cli.run(all);
    }
}
