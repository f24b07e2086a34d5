package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Events in {@code events}, numbered per account by {@code event_sequences} under the write lock. */
final class JdbcEvents implements Events {
    private static final RowMapper<Event> MAPPER = (rs, ctx) -> new Event(new EventId(rs.getString("id")),
            EventType.valueOf(rs.getString("type")), new AccountId(rs.getString("account_id")),
            Columns.instant(rs, "created_at"), rs.getLong("sequence"), rs.getString("resource_id"),
            rs.getString("data"), rs.getString("previous"));

    private final JdbiTransactions db;

    JdbcEvents(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Event append(Event event) {
        return db.with(h -> {
            long place = h.createQuery("""
                            INSERT INTO event_sequences (account_id, last_value) VALUES (?, 1)
                            ON CONFLICT (account_id) DO UPDATE SET last_value = last_value + 1
                            RETURNING last_value""")
                    .bind(0, event.accountId().value()).mapTo(Long.class).one();
            Event stored = event.at(place);
            h.createUpdate("""
                            INSERT INTO events (id, account_id, sequence, type, resource_id, created_at, data, previous)
                            VALUES (:id, :account_id, :sequence, :type, :resource_id, :created_at, :data, :previous)""")
                    .bind("id", stored.id().value())
                    .bind("account_id", stored.accountId().value())
                    .bind("sequence", stored.sequence())
                    .bind("type", stored.type().name())
                    .bind("resource_id", stored.resourceId())
                    .bind("created_at", Columns.millis(stored.createdAt()))
                    .bind("data", stored.data())
                    .bind("previous", stored.previous())
                    .execute();
            return stored;
        });
    }

    @Override
    public Page<Event> list(EventQuery query) {
        long after = query.page().after().map(Cursor::position).orElse(0L);
        List<Event> fetched = db.with(h -> h.createQuery("""
                        SELECT * FROM events
                         WHERE account_id = :account
                           AND (:type IS NULL OR type = :type)
                           AND (:resource IS NULL OR resource_id = :resource)
                           AND sequence > :after
                         ORDER BY sequence
                         LIMIT :fetch""")
                .bind("account", query.account().value())
                .bind("type", query.type().map(Enum::name).orElse(null))
                .bind("resource", query.resourceId().orElse(null))
                .bind("after", after).bind("fetch", query.page().limit() + 1)
                .map(MAPPER).list());
        return Page.of(fetched, query.page().limit(), event -> new Cursor(event.sequence(), ""));
    }

    @Override
    public Optional<Event> find(AccountId account, EventId id) {
        return db.with(h -> h.createQuery("SELECT * FROM events WHERE id = ? AND account_id = ?")
                .bind(0, id.value()).bind(1, account.value()).map(MAPPER).findOne());
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        // rowid order is the order events were written in, so the oldest come first without an index of their own
        return db.with(h -> h.createUpdate("""
                        DELETE FROM events WHERE rowid IN
                          (SELECT rowid FROM events WHERE created_at < ? ORDER BY rowid LIMIT ?)""")
                .bind(0, Columns.millis(cutoff)).bind(1, limit).execute());
    }
}
