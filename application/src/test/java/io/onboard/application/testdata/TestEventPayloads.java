package io.onboard.application.testdata;

import io.onboard.application.port.in.seller.PayoutDestinationView;
import io.onboard.application.port.in.store.StoreView;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.port.out.EventPayloads;
import io.onboard.domain.operation.TerminalOperation;
import io.onboard.domain.session.TerminalSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Event payloads for tests below the representation module: a few fields of each resource as flat JSON, enough to
 * see what an event carries and what changed. The real ones are onboard-representation's.
 */
public final class TestEventPayloads implements EventPayloads {
    @Override
    public String of(PayoutDestinationView view) {
        return json(Map.of("payout_destination_id", view.seller().id().value(),
                "case_status", view.seller().caseStatus().name()));
    }

    @Override
    public String of(StoreView view) {
        return json(Map.of("id", view.store().id().value(), "store_name", view.store().profile().name(),
                "status", view.store().status().name()));
    }

    @Override
    public String of(TerminalView view) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("terminal_id", view.terminal().terminalId().value());
        fields.put("store", view.terminal().storeId().value());
        fields.put("status", view.terminal().status().name());
        fields.put("label", view.terminal().label().orElse(""));
        return json(fields);
    }

    @Override
    public String of(TerminalSession session) {
        return json(Map.of("id", session.id().value()));
    }

    @Override
    public String of(TerminalOperation operation) {
        return json(Map.of("id", operation.id().value(), "status", operation.status().name()));
    }

    /** The fields of {@code before} whose value {@code after} does not have, as flat JSON. */
    @Override
    public String previous(String before, String after) {
        Map<String, String> old = parse(before);
        Map<String, String> now = parse(after);
        Map<String, String> changed = new LinkedHashMap<>();
        old.forEach((field, value) -> {
            if (!value.equals(now.get(field))) {
                changed.put(field, value);
            }
        });
        return json(changed);
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(field -> "\"" + field.getKey() + "\":\"" + field.getValue() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, String> parse(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        String inner = json.substring(1, json.length() - 1);
        if (!inner.isEmpty()) {
            for (String pair : inner.split("\",\"")) {
                String[] parts = pair.replace("\"", "").split(":", 2);
                fields.put(parts[0], parts[1]);
            }
        }
        return fields;
    }
}
