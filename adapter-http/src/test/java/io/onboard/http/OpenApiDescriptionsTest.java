package io.onboard.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The served document explains itself: every operation, parameter, schema and property says what it is. A
 * property that is a bare {@code $ref} is explained by the schema it names, because generators refuse words
 * beside a {@code $ref}.
 */
class OpenApiDescriptionsTest {
    private final JsonNode document = OpenApiContract.shared().document();

    @Test
    void every_operation_parameter_schema_and_property_has_a_description() {
        List<String> undescribed = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            JsonNode operation = method.getValue();
            if (!operation.has("operationId")) {
                return;
            }
            String id = operation.get("operationId").asText();
            require(operation, "operation " + id, undescribed);
            operation.path("parameters").forEach(parameter -> {
                if (!parameter.has("$ref")) {
                    require(parameter, id + " parameter " + parameter.path("name").asText(), undescribed);
                }
            });
            operation.at("/requestBody/content").fields().forEachRemaining(media ->
                    properties(media.getValue().get("schema"), id + " " + media.getKey(), undescribed));
        }));
        document.at("/components/parameters").fields().forEachRemaining(parameter ->
                require(parameter.getValue(), "parameter " + parameter.getKey(), undescribed));
        document.at("/components/schemas").fields().forEachRemaining(schema -> {
            require(schema.getValue(), "schema " + schema.getKey(), undescribed);
            properties(schema.getValue(), schema.getKey(), undescribed);
        });

        assertThat(undescribed).isEmpty();
    }

    private void properties(JsonNode schema, String where, List<String> undescribed) {
        if (schema == null) {
            return;
        }
        schema.path("properties").fields().forEachRemaining(property -> {
            JsonNode value = property.getValue();
            String name = where + "." + property.getKey();
            if (!value.has("$ref") && !value.isEmpty()) {
                require(value, name, undescribed);
            }
            properties(value, name, undescribed);
        });
        properties(schema.get("items"), where + "[]", undescribed);
        for (String combination : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(combination).forEach(part -> properties(part, where, undescribed));
        }
    }

    private static void require(JsonNode node, String what, List<String> undescribed) {
        if (node.path("description").asText().isBlank()) {
            undescribed.add(what);
        }
    }
}
