package io.onboard.cli.console;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.Cursor;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --limit} and {@code --starting-after}: which page of a list, as the HTTP API pages. */
public final class PageOptions {
    @Option(names = "--limit", paramLabel = "<n>", description = "How many to show, 1 to 100 (default 10).")
    private Integer limit;

    @Option(names = "--starting-after", paramLabel = "<cursor>",
            description = "Show the page after this cursor: the one printed under the previous page.")
    private String startingAfter;

    public Integer limit() {
        return limit;
    }

    public String startingAfter() {
        return startingAfter;
    }

    /** Under a table: how to ask for the next page, when there is one. */
    public static void printNext(PrintWriter out, Page<?> page) {
        page.next().map(Cursor::encode)
                .ifPresent(cursor -> out.println("More: run again with --starting-after " + cursor));
    }
}
