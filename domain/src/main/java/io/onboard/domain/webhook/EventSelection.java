package io.onboard.domain.webhook;

import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.event.EventType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The event types a subscription receives: some types, or {@code "*"} for all, including types added later. At
 * least one: a subscription that receives nothing is a mistake, not a setting.
 */
public record EventSelection(boolean all, Set<EventType> types) {
    public static final String ALL = "*";

    public EventSelection {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (!all && types.isEmpty()) {
            throw new InvalidValueException("events must name at least one event type, or \"*\" for all");
        }
    }

    public static EventSelection everything() {
        return new EventSelection(true, Set.of());
    }

    public static EventSelection of(EventType first, EventType... more) {
        return new EventSelection(false, EnumSet.of(first, more));
    }

    /** From the wire: type names, or {@code "*"} alone. */
    public static EventSelection parse(Collection<String> names) {
        if (names.contains(ALL)) {
            if (names.size() > 1) {
                throw new InvalidValueException("events: \"*\" already selects every type; give it alone");
            }
            return everything();
        }
        List<EventType> types = new ArrayList<>();
        for (String name : names) {
            types.add(EventType.parse(name));
        }
        return new EventSelection(false, types.isEmpty() ? Set.of() : EnumSet.copyOf(types));
    }

    public boolean matches(EventType type) {
        return all || types.contains(type);
    }

    /** As on the wire: {@code ["*"]}, or the type names in the order of {@link EventType}. */
    public List<String> names() {
        if (all) {
            return List.of(ALL);
        }
        return EnumSet.copyOf(types).stream().map(EventType::wireName).toList();
    }
}
