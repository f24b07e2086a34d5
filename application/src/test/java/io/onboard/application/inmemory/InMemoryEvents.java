package io.onboard.application.inmemory;

import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** In-memory events, numbered per account. */
final class InMemoryEvents implements Events {
    private final InMemoryDatabase db;

    InMemoryEvents(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Event append(Event event) {
        return db.read(s -> {
            long place = s.lastEvent.merge(event.accountId(), 1L, Long::sum);
            Event stored = event.at(place);
            if (s.events.putIfAbsent(event.id(), stored) != null) {
                throw new IllegalStateException("event id " + event.id() + " was generated twice");
            }
            return stored;
        });
    }

    @Override
    public Page<Event> list(EventQuery query) {
        return db.read(s -> InMemoryDatabase.page(List.copyOf(s.events.values()),
                event -> event.accountId().equals(query.account())
                        && query.type().map(event.type()::equals).orElse(true)
                        && query.resourceId().map(event.resourceId()::equals).orElse(true),
                Events::cursorAfter, query.page()));
    }

    @Override
    public Optional<Event> find(AccountId account, EventId id) {
        return db.read(s -> Optional.ofNullable(s.events.get(id)).filter(event -> event.accountId().equals(account)));
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        return db.read(s -> {
            List<EventId> old = s.events.values().stream().filter(event -> event.createdAt().isBefore(cutoff))
                    .limit(limit).map(Event::id).toList();
            old.forEach(s.events::remove);
            return old.size();
        });
    }

    @Override
    public long lastSequence(AccountId account) {
        return db.read(s -> s.lastEvent.getOrDefault(account, 0L));
    }
}
