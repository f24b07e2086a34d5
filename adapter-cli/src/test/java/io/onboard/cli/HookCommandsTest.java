package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.onboard.application.port.out.WebhookStorage;
import io.onboard.cli.console.ExitCodes;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.SubscriptionId;
import io.onboard.jdbc.SecretSeal;
import io.onboard.jdbc.JdbcStorage;
import io.onboard.jdbc.SqliteStorage;
import io.onboard.webhook.WebhookSignature;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code onboard hook}: subscriptions made on the command line, their secrets sealed under the key beside the
 * database (where the server finds it), a ping sent from this process to a real receiver, and the delivery log.
 */
class HookCommandsTest {
    @TempDir
    Path dir;
    private Cli cli;

    @BeforeEach
    void seed() {
        cli = newCli().seeded();
    }

    /** The CLI on the database under test: a SQLite file here, with the webhook key beside it (the default). */
    Cli newCli() {
        return Cli.on(dir.resolve("onboard.db"));
    }

    /** The key webhook secrets are sealed with: by default beside the SQLite file, where the server looks too. */
    Path keyFile() {
        return dir.resolve("onboard.db.key");
    }

    /** The database under test, opened as a server opens it. */
    JdbcStorage openStorage() {
        return SqliteStorage.open(dir.resolve("onboard.db"));
    }

    @Test
    void a_subscription_is_created_shown_changed_rotated_and_deleted_and_its_secret_is_printed_only_when_made() {
        JsonNode created = cli.ok("hook", "create", "--account", ACCOUNT, "--url", "http://localhost:9/hooks",
                "--events", "account_store_add,account_terminal_update", "--description", "Till system", "--json").json();
        String id = created.get("id").asText();

        JsonNode shown = cli.ok("hook", "show", "--account", ACCOUNT, id, "--json").json();
        JsonNode updated = cli.ok("hook", "update", "--account", ACCOUNT, id, "--url", "http://localhost:9/hooks",
                "--inactive", "--json").json();
        JsonNode rotated = cli.ok("hook", "rotate-secret", "--account", ACCOUNT, id, "--expire-previous-in", "60", "--json").json();
        String table = cli.ok("hook", "list", "--account", ACCOUNT).out();
        cli.ok("hook", "delete", "--account", ACCOUNT, id);

        assertThat(created.get("secret").asText()).startsWith("whsec_");
        assertThat(created.get("events")).hasSize(2);
        assertThat(shown.has("secret")).isFalse();
        assertThat(updated.get("active").asBoolean()).isFalse();
        assertThat(updated.get("events").get(0).asText()).isEqualTo("*");
        assertThat(rotated.get("secret").asText()).isNotEqualTo(created.get("secret").asText());
        assertThat(table).contains(id, "no: turned off by the integrator").doesNotContain("whsec_");
        assertThat(cli.run("hook", "show", "--account", ACCOUNT, id).exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(Files.exists(keyFile())).as("the key the server uses too").isTrue();
    }

    @Test
    void a_ping_goes_from_this_process_to_the_receiver_signed_with_the_secret_the_server_would_use() throws Exception {
        List<String> verified = new CopyOnWriteArrayList<>();
        String[] secret = new String[1];
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (WebhookSignature.isValid(List.of(secret[0]), exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER),
                    body, WebhookSignature.TOLERANCE)) {
                verified.add(exchange.getRequestHeaders().getFirst("Onboard-Event"));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://localhost:" + receiver.getAddress().getPort() + "/hooks";
            JsonNode created = cli.ok("hook", "create", "--account", ACCOUNT, "--url", url, "--json").json();
            secret[0] = created.get("secret").asText();

            JsonNode ping = cli.ok("hook", "ping", "--account", ACCOUNT, created.get("id").asText(), "--json").json();

            assertThat(ping.get("delivered").asBoolean()).isTrue();
            assertThat(ping.get("http_status").asInt()).isEqualTo(204);
            assertThat(verified).containsExactly("ping");
            try (JdbcStorage storage = openStorage()) {
                WebhookStorage webhooks = storage.webhooks(SecretSeal.loadOrCreate(keyFile()));
                assertThat(webhooks.subscriptions().find(AccountId.parse(ACCOUNT), new SubscriptionId(created.get("id").asText()))
                        .orElseThrow().secret().value()).isEqualTo(secret[0]);
            }
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void the_delivery_log_lists_what_the_server_queued_and_bad_input_gets_a_clear_refusal() {
        String id = cli.ok("hook", "create", "--account", ACCOUNT, "--url", "http://localhost:9/hooks", "--json")
                .json().get("id").asText();
        cli.ok("store", "update", "--account", ACCOUNT, Cli.STORE_ID, "--name", "Oslo Sentrum");

        JsonNode log = cli.ok("hook", "deliveries", "--account", ACCOUNT, id, "--json").json();
        Cli.Run badUrl = cli.run("hook", "create", "--account", ACCOUNT, "--url", "ftp://localhost/hooks");
        Cli.Run badStatus = cli.run("hook", "deliveries", "--account", ACCOUNT, id, "--status", "lost");
        Cli.Run unknown = cli.run("hook", "redeliver", "--account", ACCOUNT, id, "dlv_00000000000000000000000000000000");

        assertThat(log.get("deliveries")).as("the server fans events out; the CLI only reads the log").isEmpty();
        assertThat(badUrl.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(badUrl.err()).contains("INVALID_WEBHOOK_URL");
        assertThat(badStatus.err()).contains("VALIDATION_ERROR", "pending, delivered, failed");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    }
}
