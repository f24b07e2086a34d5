package io.onboard.cli;

import static io.onboard.cli.Cli.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.builtin.SimulatedDevices;
import io.onboard.application.service.Onboard;
import io.onboard.cli.console.ExitCodes;
import io.onboard.jdbc.JdbcStorage;
import io.onboard.jdbc.SqliteStorage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code onboard terminal operation}: started, listed and shown from the command line, one at a time per
 * terminal; with {@code --wait}, waiting (and saying for what) while a worker, as the server runs one, carries it out.
 */
class OperationCommandsTest {
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

    /** The database under test, opened as a server opens it. */
    JdbcStorage openStorage() {
        return SqliteStorage.open(dir.resolve("onboard.db"));
    }

    @Test
    void an_operation_is_started_refused_while_one_runs_listed_and_shown() {
        String terminal = cli.terminal("158222607297");

        JsonNode started = cli.ok("terminal", "operation", "start", "--account", ACCOUNT, terminal,
                "--operation", "end_of_day", "--json").json();
        Cli.Run busy = cli.run("terminal", "operation", "start", "--account", ACCOUNT, terminal, "--operation", "send_logs");
        Cli.Run removal = cli.run("terminal", "remove", "--account", ACCOUNT, terminal);
        String listed = cli.ok("terminal", "operation", "list", "--account", ACCOUNT, terminal).out();
        JsonNode shown = cli.ok("terminal", "operation", "show", "--account", ACCOUNT, terminal,
                started.get("id").asText(), "--json").json();

        assertThat(started.get("status").asText()).isEqualTo("PENDING");
        assertThat(busy.exitCode()).isEqualTo(ExitCodes.REJECTED);
        assertThat(busy.err()).contains("OPERATION_IN_PROGRESS", started.get("id").asText());
        assertThat(removal.err()).contains("OPERATION_IN_PROGRESS");
        assertThat(listed).contains(started.get("id").asText(), "end_of_day", "PENDING");
        assertThat(shown).isEqualTo(started);
        assertThat(cli.run("terminal", "operation", "start", "--account", ACCOUNT, terminal, "--operation", "reboot")
                .err()).contains("VALIDATION_ERROR");
    }

    @Test
    void with_wait_it_says_what_it_waits_for_and_ends_with_the_result() throws Exception {
        String terminal = cli.terminal("158222607296");
        String refusing = cli.terminal("OPFAIL-0002");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread worker = new Thread(() -> {
            try (JdbcStorage storage = openStorage()) {
                Onboard server = Onboard.builder(storage.onboarding()).operations(storage.operations())
                        .devices(new SimulatedDevices(Duration.ofMillis(300))).build();
                while (running.get()) {
                    server.runOperations().run();
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        try {
            Cli.Run completed = cli.run("terminal", "operation", "start", "--account", ACCOUNT, terminal,
                    "--operation", "check_update", "--wait", "--json");
            Cli.Run failed = cli.run("terminal", "operation", "start", "--account", ACCOUNT, refusing,
                    "--operation", "end_of_day", "--wait");

            assertThat(completed.exitCode()).as(completed.toString()).isZero();
            assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
            assertThat(completed.err()).contains("waiting for");
            assertThat(failed.exitCode()).isEqualTo(ExitCodes.REJECTED);
            assertThat(failed.err()).contains("FAILED", "refused end_of_day");
        } finally {
            running.set(false);
            worker.join();
        }
    }
}
