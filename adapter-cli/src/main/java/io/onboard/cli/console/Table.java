package io.onboard.cli.console;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Plain text columns aligned on the widest cell, two spaces apart; an empty cell shows as {@code -}. */
public final class Table {
    private final List<String> header;
    private final int columns;
    private final List<List<String>> rows = new ArrayList<>();

    private Table(List<String> header, int columns) {
        this.header = header;
        this.columns = columns;
    }

    public static Table of(String... header) {
        return new Table(List.of(header), header.length);
    }

    static Table withoutHeader(int columns) {
        return new Table(List.of(), columns);
    }

    public Table row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + columns + " columns");
        }
        rows.add(Arrays.stream(cells).map(c -> c == null || c.toString().isEmpty() ? "-" : c.toString()).toList());
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void print(PrintWriter out) {
        int[] widths = new int[columns];
        List<List<String>> all = new ArrayList<>();
        if (!header.isEmpty()) {
            all.add(header);
        }
        all.addAll(rows);
        all.forEach(row -> {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : String.format("%-" + widths[i] + "s  ", row.get(i)));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    @Override
    public String toString() {
        return "Table" + Objects.toString(header) + " with " + rows.size() + " rows";
    }
}
