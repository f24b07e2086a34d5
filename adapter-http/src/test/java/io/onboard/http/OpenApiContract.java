package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The served {@code openapi.yaml} as a test oracle: finds the operation of a request, insists its response
 * status is documented, and validates the JSON body against the documented schema (JSON Schema 2020-12, as
 * OpenAPI 3.1 uses it). Requests to undocumented paths must answer with the documented error body.
 */
final class OpenApiContract {
    private static final OpenApiContract SHARED = load();

    private final JsonNode document;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(JsonNode document) {
        this.document = document;
    }

    static OpenApiContract shared() {
        return SHARED;
    }

    JsonNode document() {
        return document;
    }

    void check(String method, String pathAndQuery, Response response) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String template = templateOf(path);
        // HEAD is GET without the body (RFC 9110), so it answers to the GET operation's documentation.
        boolean head = method.equals("HEAD");
        String documented = head ? "get" : method.toLowerCase(Locale.ROOT);
        JsonNode operation = template == null ? null : document.at("/paths").get(template).get(documented);
        String where = method + " " + path + " -> " + response.status();
        JsonNode responseSpec;
        if (operation == null) {
            if (response.status() < 400 || response.status() >= 500) {
                throw new AssertionError(where + ": undocumented operation answered " + response);
            }
            responseSpec = resolve(document.at("/components/responses/Error"));
        } else {
            JsonNode responses = operation.get("responses");
            JsonNode spec = responses.get(String.valueOf(response.status()));
            if (spec == null) {
                spec = responses.get("default");
            }
            if (spec == null) {
                throw new AssertionError(where + ": status not documented; body " + response.raw());
            }
            responseSpec = resolve(spec);
        }
        JsonNode jsonSchema = responseSpec.at("/content/application~1json/schema");
        if (jsonSchema.isMissingNode() || head) {
            return;
        }
        if (response.json() == null) {
            throw new AssertionError(where + ": documented as JSON but body is " + response.raw());
        }
        String key = template + " " + method + " " + response.status();
        JsonSchema schema = schemas.computeIfAbsent(key, k -> compile(jsonSchema));
        Set<ValidationMessage> errors = schema.validate(response.json());
        if (!errors.isEmpty()) {
            throw new AssertionError(where + ": body does not match openapi.yaml: " + errors + "\nbody: " + response.raw());
        }
    }

    /** How {@code value} breaks {@code schema} (a schema of this document, such as a media type's), if it does. */
    Set<ValidationMessage> violations(JsonNode schema, JsonNode value) {
        return compile(schema).validate(value);
    }

    /** The {@code operationId} of a request, or null when the document has no such operation. */
    String operationId(String method, String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String template = templateOf(path);
        String documented = method.equals("HEAD") ? "get" : method.toLowerCase(Locale.ROOT);
        JsonNode operation = template == null ? null : document.at("/paths").get(template).get(documented);
        return operation == null ? null : operation.get("operationId").asText();
    }

    /** The documented path template that {@code path} falls under, or null. */
    String templateOf(String path) {
        Iterator<String> templates = document.get("paths").fieldNames();
        while (templates.hasNext()) {
            String template = templates.next();
            String regex = Pattern.quote(template).replaceAll("\\{[a-z_]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return template;
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    private JsonSchema compile(JsonNode responseSchema) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", closed(document.get("components").deepCopy()));
        root.putArray("allOf").add(closed(responseSchema.deepCopy()));
        return factory.getSchema(root, config);
    }

    /**
     * The document tells clients that responses may grow: their objects are open and their enums are
     * {@code x-extensible-enum}, so a client survives a new field or status. This server, though, must send only
     * what the document names today, so the oracle closes every object and enum again before it validates.
     */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            // only declared objects: an operation's error response narrows ErrorResponse with a bare "properties"
            boolean declaredObject = object.path("type").asText().equals("object");
            if (declaredObject && object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            if (object.has("x-extensible-enum") && !object.has("enum")) {
                object.set("enum", object.get("x-extensible-enum"));
            }
        }
        node.forEach(OpenApiContract::closed);
        return node;
    }

    private static OpenApiContract load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi.yaml")) {
            return new OpenApiContract(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
