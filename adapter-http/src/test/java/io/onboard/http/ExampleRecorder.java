package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps the first request and answer of each operation, and the first refusal of each code (per operation and
 * overall), in the shape of {@code src/main/openapi/examples.json}. Values that differ on every run (random
 * UUIDs, tokens, error ids) are written as they came and compared as placeholders.
 */
final class ExampleRecorder {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A random UUID, with or without its dashes (session ids carry one without). */
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}");

    /** The loopback receiver's port, a new one each run. */
    private static final Pattern LOOPBACK_PORT = Pattern.compile("localhost:\\d+");
    private final OpenApiContract contract;
    private final ObjectNode examples = JsonNodeFactory.instance.objectNode();

    ExampleRecorder(OpenApiContract contract) {
        this.contract = contract;
        examples.putObject("operations");
        examples.putObject("errors");
    }

    /** Sends {@code request} (whose JSON body, if any, is {@code body}) and keeps what it shows. */
    Response send(String method, String path, String body, ApiClient.Request request) {
        Response response = request.send();
        String id = contract.operationId(method, path);
        if (id == null) {
            throw new AssertionError(method + " " + path + " is no documented operation");
        }
        ObjectNode operation = child((ObjectNode) examples.get("operations"), id);
        if (body != null && !operation.has("request") && response.status() < 300) {
            operation.set("request", parse(body));
        }
        if (response.json() == null) {
            return response;
        }
        // an answer in the error format is an error's example; any other (a 503 from /health/ready) is an answer's
        if (response.status() < 300 || !response.json().has("error")) {
            ObjectNode answers = child(operation, "responses");
            String status = String.valueOf(response.status());
            if (!answers.has(status)) {
                answers.set(status, response.json());
            }
        } else {
            String code = response.errorCode();
            if (!child(operation, "errors").has(code)) {
                child(operation, "errors").set(code, response.json());
            }
            if (!examples.get("errors").has(code)) {
                ((ObjectNode) examples.get("errors")).set(code, response.json());
            }
        }
        return response;
    }

    ObjectNode examples() {
        return examples;
    }

    /** {@code node} with what changes on every run replaced by placeholders, for comparing two recordings. */
    static JsonNode comparable(JsonNode node) {
        JsonNode copy = node.deepCopy();
        replaceVolatile(copy);
        return copy;
    }

    private static void replaceVolatile(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().equals("access_token")) {
                    field.setValue(TextNode.valueOf("<token>"));
                } else if (field.getKey().equals("client_id")) {
                    field.setValue(TextNode.valueOf("<client_id>"));
                } else if (field.getKey().equals("secret")) {
                    field.setValue(TextNode.valueOf("<secret>"));
                } else if (field.getKey().equals("duration_ms")) {
                    field.setValue(TextNode.valueOf("<duration>"));
                } else if (field.getValue().isTextual()) {
                    String text = UUID.matcher(field.getValue().asText()).replaceAll("<uuid>");
                    field.setValue(TextNode.valueOf(LOOPBACK_PORT.matcher(text).replaceAll("localhost:<port>")));
                } else {
                    replaceVolatile(field.getValue());
                }
            }
        } else {
            node.forEach(ExampleRecorder::replaceVolatile);
        }
    }

    private static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
    }
}
