package io.onboard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.application.inmemory.InMemoryPersistence;
import io.onboard.application.port.out.Persistence;
import io.onboard.representation.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.nio.file.Path;

/** Runs the onboard command in-process, as a shell would, and captures what it printed and its exit code. */
final class Cli {
    private final Function<Path, Main.Storage> storage;
    private final List<String> leading;

    private Cli(Function<Path, Main.Storage> storage, List<String> leading) {
        this.storage = storage;
        this.leading = leading;
    }

    /** Every run shares one in-memory database. */
    static Cli inMemory() {
        Persistence persistence = InMemoryPersistence.create();
        return new Cli(path -> new Main.Storage(persistence, () -> { }), List.of());
    }

    /** A CLI whose storage must not be opened: for help and usage errors. */
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
