package com.example.pos.storage;

import io.onboard.application.port.out.TerminalQuery;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.Terminal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The filters of a {@link TerminalQuery} as one predicate: only the filters given are checked, all must match. */
final class TerminalFilter {
    private TerminalFilter() {
    }

    /** {@code sellersStores}: the stores of the query's seller, when it names one. */
    static Predicate<Terminal> of(TerminalQuery query, Optional<Set<StoreServerId>> sellersStores) {
        List<Predicate<Terminal>> checks = new ArrayList<>();
        // Removed terminals are history: listed only when asked for by status.
        query.status().ifPresentOrElse(status -> checks.add(t -> t.status() == status),
                () -> checks.add(t -> !t.isDeleted()));
        query.store().ifPresent(store -> checks.add(t -> t.storeId().equals(store)));
        sellersStores.ifPresent(ids -> checks.add(t -> ids.contains(t.storeId())));
        query.model().ifPresent(model -> checks.add(t -> t.model() == model));
        query.serialNumber().ifPresent(serial -> checks.add(t -> t.serialNumber().equals(serial)));
        query.terminalId().ifPresent(id -> checks.add(t -> t.terminalId().equals(id)));
        query.search().map(text -> text.toLowerCase(Locale.ROOT))
                .ifPresent(needle -> checks.add(t -> mentions(t, needle)));
        return checks.stream().reduce(t -> true, Predicate::and);
    }

    /** Whether the terminal id, serial number or label contains {@code needle}, ignoring case. */
    private static boolean mentions(Terminal terminal, String needle) {
        Stream<String> texts = Stream.of(terminal.terminalId().value(), terminal.serialNumber().value());
        return Stream.concat(texts, terminal.label().stream())
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(needle));
    }
}
