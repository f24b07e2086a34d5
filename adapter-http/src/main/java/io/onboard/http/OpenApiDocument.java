package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the served {@code openapi.yaml} at build time: the hand-written document in {@code src/main/openapi},
 * with each operation's error responses from {@link ErrorCatalog} and the examples that {@code ApiExamplesTest}
 * took from real responses. The server only serves the result, so it never parses YAML; the YAML library is a
 * build-time ({@code provided}) dependency.
 */
public final class OpenApiDocument {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete");
    private static final Map<Integer, String> REFUSALS = Map.of(400, "The request is refused", 401, "Not authenticated",
            403, "Not allowed", 404, "Not found", 409, "A conflict with the current state", 412, "Precondition failed",
            413, "Body too large", 415, "Unsupported body type", 500, "A bug on our side");

    private OpenApiDocument() {
    }

    /** {@code <hand-written document> <examples.json> <served document to write>}. */
    public static void main(String[] args) throws IOException {
        YAMLMapper yaml = yaml();
        ObjectNode document = (ObjectNode) yaml.readTree(Path.of(args[0]).toFile());
        JsonNode examples = new ObjectMapper().readTree(Path.of(args[1]).toFile());
        compose(document, examples);
        String written = yaml.writeValueAsString(document);
        if (!yaml.readTree(written).equals(document)) {
            throw new IllegalStateException("the YAML written does not read back as the document composed");
        }
        Files.createDirectories(Path.of(args[2]).getParent());
        Files.writeString(Path.of(args[2]), written);
    }

    static void compose(ObjectNode document, JsonNode examples) {
        Set<String> documented = new HashSet<>();
        document.get("paths").forEach(path -> METHODS.forEach(method -> {
            if (path.get(method) instanceof ObjectNode operation) {
                String id = operation.get("operationId").asText();
                documented.add(id);
                addExamples(operation, examples.path("operations").path(id));
                addErrors(operation, id, examples);
            }
        }));
        if (!documented.equals(ErrorCatalog.operations())) {
            throw new IllegalStateException("the document's operations " + documented
                    + " are not the error catalog's " + ErrorCatalog.operations());
        }
        acceptNullWhereOptional(document);
        ObjectNode codes = ((ObjectNode) document.at("/components/schemas")).putObject("ErrorCode");
        codes.put("type", "string");
        StringBuilder table = new StringBuilder("Every code an error can carry; each operation lists the ones it can "
                + "answer with. New codes may be added, so treat an unknown one by its HTTP status.\n");
        ArrayNode names = codes.putArray("x-extensible-enum");
        for (ErrorCatalog.Code code : ErrorCatalog.codes()) {
            names.add(code.name());
            table.append("\n- `").append(code.name()).append("` (").append(code.status()).append("): ").append(code.meaning());
        }
        codes.put("description", table.toString());
    }

    /**
     * The server reads an explicit JSON null in a request like a field left out, so a request schema that
     * refused null would be stricter than the server (and generated clients do send nulls). Every optional
     * property of every schema a JSON request body reaches therefore also accepts null; required ones do not.
     */
    private static void acceptNullWhereOptional(ObjectNode document) {
        JsonNode schemas = document.at("/components/schemas");
        Set<String> reached = new HashSet<>();
        List<JsonNode> pending = new ArrayList<>();
        document.get("paths").forEach(path -> METHODS.forEach(method ->
                pending.add(path.path(method).at("/requestBody/content/application~1json/schema"))));
        while (!pending.isEmpty()) {
            JsonNode schema = pending.remove(pending.size() - 1);
            schema.findValues("$ref").forEach(ref -> {
                String name = ref.asText().substring(ref.asText().lastIndexOf('/') + 1);
                if (reached.add(name)) {
                    pending.add(schemas.get(name));
                }
            });
            if (schema instanceof ObjectNode object) {
                nullableOptionals(object, schemas);
            }
        }
    }

    private static void nullableOptionals(ObjectNode schema, JsonNode schemas) {
        if (!(schema.get("properties") instanceof ObjectNode properties)) {
            return;
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        properties.fields().forEachRemaining(property -> {
            if (property.getValue() instanceof ObjectNode value) {
                nullableOptionals(value, schemas);
                if (!required.contains(property.getKey())) {
                    property.setValue(orNull(value, schemas));
                }
            }
        });
    }

    private static ObjectNode orNull(ObjectNode property, JsonNode schemas) {
        if (property.has("$ref")) {
            String ref = property.get("$ref").asText();
            ObjectNode either = JsonNodeFactory.instance.objectNode();
            JsonNode own = property.remove("description");
            either.put("description", own != null ? own.asText()
                    : schemas.get(ref.substring(ref.lastIndexOf('/') + 1)).path("description").asText());
            ArrayNode shapes = either.putArray("oneOf");
            shapes.addObject().put("type", "null");
            shapes.add(property);
            return either;
        }
        JsonNode type = property.get("type");
        if (type != null && type.isTextual()) {
            property.putArray("type").add(type.asText()).add("null");
            if (property.get("enum") instanceof ArrayNode values) {
                values.addNull();
            }
        }
        return property;
    }

    private static void addExamples(ObjectNode operation, JsonNode examples) {
        if (!examples.path("request").isMissingNode() && operation.at("/requestBody/content/application~1json") instanceof ObjectNode media) {
            example(media, "request", "A request the tests sent", examples.get("request"));
        }
        examples.path("responses").fields().forEachRemaining(answer -> {
            if (operation.at("/responses/" + answer.getKey() + "/content/application~1json") instanceof ObjectNode media) {
                example(media, "response", "What the server answered in the tests", answer.getValue());
            }
        });
    }

    private static void addErrors(ObjectNode operation, String id, JsonNode examples) {
        Map<Integer, List<ErrorCatalog.Code>> byStatus = new LinkedHashMap<>();
        for (ErrorCatalog.Code code : ErrorCatalog.of(id)) {
            byStatus.computeIfAbsent(code.status(), status -> new ArrayList<>()).add(code);
        }
        ObjectNode responses = (ObjectNode) operation.get("responses");
        byStatus.forEach((status, codes) -> {
            String key = String.valueOf(status);
            ObjectNode generated = errorResponse(id, status, codes, examples);
            responses.set(key, responses.has(key) ? mergedInto((ObjectNode) responses.get(key), generated, id) : generated);
        });
        JsonNode otherwise = responses.remove("default");
        if (otherwise != null) {
            responses.set("default", otherwise);
        }
    }

    private static ObjectNode errorResponse(String id, int status, List<ErrorCatalog.Code> codes, JsonNode examples) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        StringBuilder description = new StringBuilder(REFUSALS.get(status)).append(", with one of these codes:\n");
        ObjectNode response = json.objectNode().put("description", "");
        ObjectNode media = response.putObject("content").putObject("application/json");
        ArrayNode both = media.putObject("schema").putArray("allOf");
        both.addObject().put("$ref", "#/components/schemas/ErrorResponse");
        // Narrows ErrorResponse's code to this operation's; message and errors are named again, unconstrained, so
        // that checkers which close every object they see (Redocly's example check) still let them through.
        ObjectNode error = both.addObject().putObject("properties").putObject("error").putObject("properties");
        ObjectNode narrowed = error.putObject("code").put("description", "The codes this operation answers with at this status.");
        ArrayNode names = narrowed.putArray("x-extensible-enum");
        error.putObject("message");
        error.putObject("errors");
        for (ErrorCatalog.Code code : codes) {
            names.add(code.name());
            description.append("\n- `").append(code.name()).append("`: ").append(code.meaning());
            JsonNode example = examples.at("/operations/" + id + "/errors/" + code.name());
            if (example.isMissingNode()) {
                example = examples.at("/errors/" + code.name());
            }
            if (!example.isMissingNode()) {
                example(media, code.name(), code.meaning(), example);
            }
        }
        response.put("description", description.toString());
        if (codes.stream().anyMatch(ErrorCatalog.Code::saysWhenToRetry)) {
            response.putObject("headers").putObject("Retry-After").put("$ref", "#/components/headers/RetryAfter");
        }
        return response;
    }

    /**
     * A status the document describes by hand because it has more than this API's error format (the token call
     * also answers OAuth 2.0 clients with RFC 6749 error objects): the hand-written {@code oneOf} keeps its other
     * shapes, and its error-format branch becomes the catalog's.
     */
    private static ObjectNode mergedInto(ObjectNode hand, ObjectNode generated, String id) {
        JsonNode shapes = hand.at("/content/application~1json/schema/oneOf");
        if (!(shapes instanceof ArrayNode oneOf)) {
            throw new IllegalStateException(id + " documents a status by hand that the error catalog writes");
        }
        ObjectNode media = (ObjectNode) generated.at("/content/application~1json");
        for (int i = 0; i < oneOf.size(); i++) {
            if (oneOf.get(i).path("$ref").asText().endsWith("/ErrorResponse")) {
                oneOf.set(i, media.get("schema"));
            }
        }
        media.set("schema", hand.at("/content/application~1json/schema"));
        generated.put("description", hand.get("description").asText() + "\n\n" + generated.get("description").asText());
        return generated;
    }

    private static void example(ObjectNode media, String name, String summary, JsonNode value) {
        ObjectNode example = (media.has("examples") ? (ObjectNode) media.get("examples") : media.putObject("examples"))
                .putObject(name);
        example.put("summary", summary);
        example.set("value", value.deepCopy());
    }

    private static YAMLMapper yaml() {
        return YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .build();
    }
}
