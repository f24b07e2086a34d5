package io.onboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A response as a test reads it: status, headers, raw body and the body as JSON (null when it is not JSON). */
record Response(int status, Map<String, List<String>> headers, String raw, JsonNode json) {

    String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }

    String text(String pointer) {
        JsonNode node = json.at(pointer);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    String errorCode() {
        return text("/error/code");
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
