package io.onboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.representation.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, run as a real process ({@code java -jar adapter-cli/target/onboard-cli.jar}) through the
 * onboarding guide's seed flow, with the database named by {@code ONBOARD_DB} as an operator would.
 */
class SeedFlowJarIT {
    @TempDir
    Path dir;
    private Path jar;

    @BeforeEach
    void theBuiltJar() {
        jar = Path.of(System.getProperty("onboard.cli.jar", "target/onboard-cli.jar"));
        assertThat(jar).as("run by failsafe after the package phase").isRegularFile();
    }

    @Test
    void the_seed_flow_runs_from_account_to_an_accepted_session_check() throws Exception {
        assertThat(onboard("account", "create", "T11223351", "--name", "Oslo Kaffe").exitCode()).isZero();

        Result client = onboard("client", "create", "--account", "T11223351", "--json");
        JsonNode credentials = client.json();
        assertThat(credentials.get("client_id").asText()).isNotBlank();
        assertThat(credentials.get("client_secret").asText()).isNotBlank();

        Result seller = onboard("seller", "apply", "--account", "T11223351", "--id", "seller-1", "--type", "company",
                "--country", "NO", "--organization-number", "923663487", "--name", "Oslo Kaffe",
                "--description", "AUTO_APPROVE", "--json");
        assertThat(seller.json().get("case_status").asText()).isEqualTo("ACTIVE");

        Result store = onboard("store", "create", "--account", "T11223351", "--store-id", "oslo-center", "--name",
                "Oslo Center", "--organization-number", "923663487", "--seller", "seller-1", "--json");
        String storeServerId = store.json().get("id").asText();
        assertThat(storeServerId).isEqualTo("T11223351-0001");

        Result terminal = onboard("terminal", "register", "--account", "T11223351", "--serial", "158222607285",
                "--model", "SATURN1000", "--store", storeServerId, "--json");
        String terminalId = terminal.json().get("terminal_id").asText();
        assertThat(terminal.json().get("store_id").asText()).isEqualTo("oslo-center");

        Result check = onboard("session", "check", "--account", "T11223351", "--store", "oslo-center",
                "--terminal", terminalId, "--payout-destination", "seller-1");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.out()).contains("would be accepted", "is enrolled");
        assertThat(List.of(seller, store, terminal, check)).allSatisfy(r -> assertThat(r.err()).as(r.toString()).isEmpty());
    }

    @Test
    void exit_codes_reach_the_shell_and_help_needs_no_database() throws Exception {
        Result help = onboard("terminal", "import", "--help");
        Result usage = onboard("terminal", "list");
        onboard("account", "create", "T11223351");
        Result rejected = onboard("account", "create", "T11223351");
        Result notFound = onboard("terminal", "show", "--account", "T11223351", "T11223351-T0001");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("device_serial_number,device_model,store_id");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).isEqualTo("DUPLICATE_ACCOUNT: account T11223351 already exists\n");
        assertThat(notFound.exitCode()).isEqualTo(3);
    }

    @Test
    void a_terminal_import_without_a_console_prints_only_the_report() throws Exception {
        onboard("account", "create", "T11223351");
        onboard("seller", "apply", "--account", "T11223351", "--id", "seller-1", "--type", "company", "--country", "NO",
                "--organization-number", "923663487", "--description", "AUTO_APPROVE");
        onboard("store", "create", "--account", "T11223351", "--store-id", "oslo-center", "--name", "Oslo", "--seller",
                "seller-1");
        Path csv = Files.writeString(dir.resolve("terminals.csv"), """
                device_serial_number,device_model,store_id
                SN-000001,SATURN1000,T11223351-0001
                SN-000002,SATURN9,T11223351-0001
                """);

        Result run = onboard("terminal", "import", "--account", "T11223351", "--file", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("line 3: UNSUPPORTED_DEVICE_MODEL").endsWith("registered 1, failed 1\n");
        assertThat(run.err()).isEmpty();
    }

    private Result onboard(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().put("ONBOARD_DB", dir.resolve("data/onboard.db").toString());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("onboard " + String.join(" ", args) + " ended").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
        assertThat(Files.exists(dir.resolve("onboard.db"))).as("ONBOARD_DB, not ./onboard.db, is used").isFalse();
        return result;
    }

    /** What one process did. */
    record Result(int exitCode, String out, String err) {
        JsonNode json() throws IOException {
            assertThat(exitCode).as(toString()).isZero();
            return Json.mapper().readTree(out);
        }
    }
}
