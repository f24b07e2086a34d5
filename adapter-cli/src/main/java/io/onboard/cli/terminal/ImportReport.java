package io.onboard.cli.terminal;

import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.domain.error.FieldError;
import io.onboard.representation.ErrorResponse.FieldErrorJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** What a terminal import did, row by row: which lines registered which terminal, and why each other line failed. */
final class ImportReport {
    private final List<Registered> registered = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();

    /** {@code --json}: {@code {"registered", "failed", "terminals": [...], "failures": [...]}}. */
    record Body(int registered, int failed, List<Registered> terminals, List<Failure> failures) {
    }

    /** A registered row: its line in the file and the terminal it became. */
    record Registered(int line, String terminalId, String deviceSerialNumber) {
    }

    /** A failed row: its line, the error code, the message and, where fields were at fault, each of them. */
    record Failure(int line, String code, String message, List<FieldErrorJson> errors) {
    }

    void registered(int line, TerminalView terminal) {
        registered.add(new Registered(line, terminal.terminal().terminalId().value(),
                terminal.terminal().serialNumber().value()));
    }

    void failed(int line, String code, String message, List<FieldError> fieldErrors) {
        failures.add(new Failure(line, code, message,
                fieldErrors.stream().map(e -> new FieldErrorJson(e.field(), e.message())).toList()));
    }

    boolean anyFailed() {
        return !failures.isEmpty();
    }

    Body body() {
        return new Body(registered.size(), failures.size(), registered, failures);
    }

    /** Each failed row as {@code line K: CODE message} (with its fields when several are at fault), then the summary. */
    void print(PrintWriter out) {
        if (!failures.isEmpty()) {
            out.println("Failed rows:");
        }
        for (Failure failure : failures) {
            out.println("line " + failure.line() + ": " + failure.code() + " " + failure.message());
            if (failure.errors().size() > 1) {
                failure.errors().forEach(e -> out.println("  " + e.field() + ": " + e.message()));
            }
        }
        out.println("registered " + registered.size() + ", failed " + failures.size());
    }
}
