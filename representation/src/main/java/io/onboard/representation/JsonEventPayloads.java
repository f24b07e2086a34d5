package io.onboard.representation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.EventPayloads;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.session.TerminalSession;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Events in the API's own JSON: an event's {@code data} is the response record a GET of the resource writes, so
 * the two cannot differ. Found by {@code Onboard.builder} on the classpath (META-INF/services).
 */
public final class JsonEventPayloads implements EventPayloads {
    @Override
    public String of(PayoutDestinationView seller) {
        return write(PayoutDestinationResponse.from(seller));
    }

    @Override
    public String of(StoreView store) {
        return write(StoreResponse.from(store));
    }

    @Override
    public String of(TerminalView terminal) {
        return write(TerminalResponse.from(terminal, false));
    }

    @Override
    public String of(TerminalSession session) {
        return write(SessionResponse.from(session));
    }

    @Override
    public String of(TerminalOperation operation) {
        return write(OperationResponse.from(operation));
    }

    @Override
    public String previous(String before, String after) {
        JsonNode old = read(before);
        JsonNode now = read(after);
        ObjectNode previous = Json.mapper().createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = old.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().equals(now.get(field.getKey()))) {
                previous.set(field.getKey(), field.getValue());
            }
        }
        for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!old.has(name)) {
                previous.putNull(name);
            }
        }
        return write(previous);
    }

    private static String write(Object body) {
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
