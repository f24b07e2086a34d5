package io.onboard.cli.console;

import io.onboard.representation.ReadinessResponse;
import java.io.PrintWriter;

/** A terminal's enrollment checks for people: a verdict line, then one row per check in SPEC 5's order. */
public final class ReadinessTable {
    private ReadinessTable() {
    }

    public static void print(PrintWriter out, ReadinessResponse readiness) {
        out.println("Terminal " + readiness.terminalId() + (readiness.enrolled() ? " is enrolled" : " is not enrolled"));
        Table table = Table.of("CHECK", "OK", "CODE", "DETAIL");
        readiness.checks().forEach(check -> table.row(check.check(), check.ok() ? "yes" : "NO", check.code(), check.detail()));
        table.print(out);
    }
}
