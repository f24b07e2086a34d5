package com.example.pos.storage;

import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The POS's record of Onboard's events. Unlike the store and terminal counters, the event counter is in the undo
 * log: an event undone with its change gives its number back, so an account's events stay gapless.
 */
final class PosEvents implements Events {
    private final PosTransactions transactions;
    private final Map<EventId, Event> rows = new LinkedHashMap<>();
    private final UndoableMap<EventId, Event> events;
    private final UndoableMap<AccountId, Long> last;

    PosEvents(PosTransactions transactions) {
        this.transactions = transactions;
        this.events = new UndoableMap<>(rows, transactions);
        this.last = new UndoableMap<>(new HashMap<>(), transactions);
    }

    @Override
    public Event append(Event event) {
        return transactions.inTransaction(() -> {
            long place = last.get(event.accountId()).orElse(0L) + 1;
            last.put(event.accountId(), place);
            Event stored = event.at(place);
            events.putNew(event.id(), stored, taken -> new IllegalStateException("event " + event.id() + " is stored already"));
            return stored;
        });
    }

    @Override
    public Page<Event> list(EventQuery query) {
        return transactions.read(() -> {
            List<Event> fetched = rows.values().stream()
                    .filter(event -> event.accountId().equals(query.account()))
                    .filter(event -> query.type().map(event.type()::equals).orElse(true))
                    .filter(event -> query.resourceId().map(event.resourceId()::equals).orElse(true))
                    .filter(event -> query.page().after().map(after -> event.sequence() > after.position()).orElse(true))
                    .sorted(Comparator.comparingLong(Event::sequence))
                    .limit(query.page().limit() + 1L)
                    .toList();
            return Page.of(fetched, query.page().limit(), Events::cursorAfter);
        });
    }

    @Override
    public Optional<Event> find(AccountId account, EventId id) {
        return transactions.read(() -> events.get(id).filter(event -> event.accountId().equals(account)));
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        return transactions.inTransaction(() -> {
            List<EventId> old = rows.values().stream().filter(event -> event.createdAt().isBefore(cutoff))
                    .limit(limit).map(Event::id).toList();
            old.forEach(events::remove);
            return old.size();
        });
    }

    @Override
    public long lastSequence(AccountId account) {
        return transactions.read(() -> last.get(account).orElse(0L));
    }
}
