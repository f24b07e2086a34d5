package io.onboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.representation.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the onboard command in-process through {@link Main}, as a shell would run the jar: each run opens
 * the database file, does one command and closes it. Captures stdout, stderr and the exit code.
 */
final class Cli {
    static final String ACCOUNT = "T11223351";
    static final String SELLER = "seller-1";
    static final String ORGANIZATION_NUMBER = "923663487";
    static final String STORE_ID = "oslo-center";
    static final String STORE_SERVER_ID = "T11223351-0001";

    private final Function<String, Main.Storage> storage;
    private final List<String> leading;

    private Cli(Function<String, Main.Storage> storage, List<String> leading) {
        this.storage = storage;
        this.leading = leading;
    }

    /** Every run works on the SQLite database in {@code file}, named with {@code --db}. */
    static Cli on(Path file) {
        return new Cli(Main::open, List.of("--db", file.toString()));
    }

    /** Every run works on the database {@code database} names (a PostgreSQL URL, say), with its key file. */
    static Cli onDatabase(String database, Path secretKeyFile) {
        return new Cli(Main::open, List.of("--db", database, "--secret-key-file", secretKeyFile.toString()));
    }

    /** A CLI whose database must not be opened: for help and usage errors. */
    static Cli withoutDatabase() {
        return new Cli(path -> {
            throw new AssertionError("the database was opened at " + path);
        }, List.of());
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(leading);
        all.addAll(List.of(args));
        int exitCode = new Main(storage).run(new PrintWriter(out, true), new PrintWriter(err, true),
                all.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }

    /** Runs a command that must succeed, and returns what it did. */
    Run ok(String... args) {
        Run run = run(args);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return run;
    }

    /** The onboarding guide's chain: test account, an auto-approved seller and the store oslo-center. */
    Cli seeded() {
        ok("account", "create", ACCOUNT, "--name", "Oslo Kaffe");
        ok("seller", "apply", "--account", ACCOUNT, "--id", SELLER, "--type", "company", "--country", "NO",
                "--organization-number", ORGANIZATION_NUMBER, "--name", "Oslo Kaffe", "--description", "AUTO_APPROVE");
        ok("store", "create", "--account", ACCOUNT, "--store-id", STORE_ID, "--name", "Oslo Center", "--seller", SELLER);
        return this;
    }

    /** Registers a SATURN1000 with {@code serial} in oslo-center; returns its terminal_id. */
    String terminal(String serial) {
        return ok("terminal", "register", "--account", ACCOUNT, "--serial", serial, "--model", "SATURN1000",
                "--store", STORE_SERVER_ID, "--json").json().get("terminal_id").asText();
    }

    /** What one command did. */
    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }
}
