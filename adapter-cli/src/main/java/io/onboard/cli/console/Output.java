package io.onboard.cli.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.onboard.representation.Json;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How a command prints its result: for people, aligned text; with {@code --json}, the HTTP API's response
 * body (the same records and field names), so scripts can switch between the two without a mapping.
 */
public final class Output {
    @Option(names = "--json", description = "Print the result as JSON with the HTTP API's field names, for scripts.")
    private boolean json;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    public boolean json() {
        return json;
    }

    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Prints {@code body} as JSON with {@code --json}, otherwise as {@code human} writes it. */
    public void print(Object body, Consumer<PrintWriter> human) {
        if (json) {
            out().println(toJson(body));
        } else {
            human.accept(out());
        }
        out().flush();
    }

    /** Prints one resource: as JSON, or as one {@code field  value} line per field that has a value. */
    public void resource(Object body) {
        print(body, out -> details(body).print(out));
    }

    /** The fields of a response body as a two-column table, nested fields dotted ({@code address.postal_code}). */
    public static Table details(Object body) {
        Table table = Table.withoutHeader(2);
        flatten("", Json.mapper().valueToTree(body), table);
        return table;
    }

    private static void flatten(String path, JsonNode node, Table table) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), table);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), table);
            }
        } else if (!node.isNull()) {
            table.row(path, node.asText());
        }
    }

    static String toJson(Object body) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
