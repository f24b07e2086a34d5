package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.cli.console.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator sets up an account and API credentials without the server. */
class AccountAndClientCommandsTest {
    @TempDir
    Path dir;

    private Cli cli() {
        return Cli.on(dir.resolve("onboard.db"));
    }

    @Test
    void an_account_is_created_with_its_name() {
        Cli.Run run = cli().ok("account", "create", ACCOUNT, "--name", "Oslo Kaffe", "--json");

        assertThat(run.json().get("account_id").asText()).isEqualTo(ACCOUNT);
        assertThat(run.json().get("name").asText()).isEqualTo("Oslo Kaffe");
        assertThat(run.json().get("created_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    }

    @Test
    void an_account_id_of_the_wrong_shape_is_refused() {
        Cli.Run run = cli().run("account", "create", "T123");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("VALIDATION_ERROR: ").contains("account_id");
    }

    @Test
    void client_credentials_are_printed_once_with_every_scope_by_default() {
        Cli cli = cli();
        cli.ok("account", "create", ACCOUNT);

        Cli.Run human = cli.ok("client", "create", "--account", ACCOUNT);
        JsonNode json = cli.ok("client", "create", "--account", ACCOUNT, "--json").json();

        assertThat(human.out()).containsPattern("client_id=\\S+ client_secret=\\S+");
        assertThat(human.err()).contains("shown only this once");
        assertThat(json.get("client_id").asText()).isNotBlank();
        assertThat(json.get("client_secret").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(json.get("scopes")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("read:accounts", "write:accounts", "admin:accounts", "read:checkout",
                        "write:checkout");
    }

    @Test
    void a_client_gets_only_the_scopes_asked_for() {
        Cli cli = cli();
        cli.ok("account", "create", ACCOUNT);

        JsonNode json = cli.ok("client", "create", "--account", ACCOUNT, "--scopes", "read:accounts,write:checkout",
                "--json").json();

        assertThat(json.get("scopes")).extracting(JsonNode::asText).containsExactly("read:accounts", "write:checkout");
    }

    @Test
    void clients_are_listed_without_secrets_and_a_revoked_one_is_gone() {
        Cli cli = cli();
        cli.ok("account", "create", ACCOUNT);
        JsonNode kept = cli.ok("client", "create", "--account", ACCOUNT, "--scopes", "read:accounts", "--json").json();
        JsonNode revoked = cli.ok("client", "create", "--account", ACCOUNT, "--json").json();

        Cli.Run listed = cli.ok("client", "list", "--account", ACCOUNT);
        Cli.Run revoke = cli.ok("client", "revoke", "--account", ACCOUNT, revoked.get("client_id").asText());
        JsonNode after = cli.ok("client", "list", "--account", ACCOUNT, "--json").json();
        Cli.Run again = cli.run("client", "revoke", "--account", ACCOUNT, revoked.get("client_id").asText());

        assertThat(listed.out()).contains(kept.get("client_id").asText(), revoked.get("client_id").asText())
                .doesNotContain(kept.get("client_secret").asText(), revoked.get("client_secret").asText());
        assertThat(revoke.out()).contains("revoked " + revoked.get("client_id").asText());
        assertThat(after).extracting(c -> c.get("client_id").asText()).containsExactly(kept.get("client_id").asText());
        assertThat(again.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(again.err()).startsWith("NOT_FOUND: ");
    }

    @Test
    void an_unknown_scope_is_refused() {
        Cli cli = cli();
        cli.ok("account", "create", ACCOUNT);

        Cli.Run run = cli.run("client", "create", "--account", ACCOUNT, "--scopes", "read:everything");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(run.err()).startsWith("VALIDATION_ERROR: ").contains("read:everything");
    }

    @Test
    void a_client_for_an_account_that_does_not_exist_is_not_found() {
        Cli.Run run = cli().run("client", "create", "--account", "T99999999");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(run.err()).startsWith("NOT_FOUND: account T99999999");
    }

    @Test
    void the_client_secret_is_stored_only_as_a_hash() throws IOException {
        Cli cli = cli();
        cli.ok("account", "create", ACCOUNT);
        String secret = cli.ok("client", "create", "--account", ACCOUNT, "--json").json().get("client_secret").asText();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("onboard.db")))
                    .isNotEmpty()
                    .allSatisfy(file -> assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                            .doesNotContain(secret));
        }
    }
}
