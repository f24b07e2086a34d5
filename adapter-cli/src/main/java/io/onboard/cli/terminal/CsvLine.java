package io.onboard.cli.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a CSV file (RFC 4180, comma-separated): fields may be quoted with {@code "}, a quote inside a
 * quoted field is doubled. A record never spans lines here (no terminal field may hold a line break), so a
 * quote left open at the end of the line makes the line malformed, and line numbers stay the file's.
 * Unquoted fields are trimmed; quoted ones are kept as written.
 */
final class CsvLine {
    private CsvLine() {
    }

    /** Why a line cannot be read as CSV. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    static List<String> parse(String line) {
        List<String> fields = new ArrayList<>();
        int i = 0;
        while (true) {
            StringBuilder field = new StringBuilder();
            int start = i;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
            if (i < line.length() && line.charAt(i) == '"') {
                i = quoted(line, i + 1, field, fields.size() + 1);
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new Malformed("unexpected text after the closing quote of column " + (fields.size() + 1));
                }
                fields.add(field.toString());
            } else {
                i = start;
                while (i < line.length() && line.charAt(i) != ',') {
                    if (line.charAt(i) == '"') {
                        throw new Malformed("a quote inside unquoted column " + (fields.size() + 1)
                                + "; quote the whole field and double the quote");
                    }
                    field.append(line.charAt(i++));
                }
                fields.add(field.toString().strip());
            }
            if (i >= line.length()) {
                return fields;
            }
            i++; // past the comma
        }
    }

    /** Reads a quoted field's text from just after its opening quote; returns the index after its closing quote. */
    private static int quoted(String line, int from, StringBuilder field, int column) {
        int i = from;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new Malformed("the quote that opens column " + column + " is never closed");
    }
}
