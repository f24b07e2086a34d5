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

/** Events in {@code events}, numbered per account under the write lock. */
final class JdbcEvents implements Events {
    private static final RowMapper<Event> MAPPER = (rs, ctx) -> new Event(new EventId(rs.getString("id")),
            EventType.valueOf(rs.getString("type")), new AccountId(rs.getString("account_id")),
            Columns.instant(rs, "created_at"), rs.getLong("sequence"), rs.getString("resource_id"),
            rs.getString("data"), rs.getString("previous"));

    /** The first key of the advisory locks PostgreSQL writers take per account for the next event number. */
    private static final int EVENT_NUMBERS_LOCK = 0x65766e74;

    private final JdbiTransactions db;
    private final String purgeSql;

    JdbcEvents(JdbiTransactions db) {
        this.db = db;
        // SQLite deletes by rowid, its fastest key; PostgreSQL has none, and the id is the primary key
        String key = db.dialect() == Dialect.SQLITE ? "rowid" : "id";
        this.purgeSql = """
                DELETE FROM events WHERE %s IN
                  (SELECT %s FROM events e %s WHERE created_at < ?
                      AND sequence < (SELECT MAX(sequence) FROM events WHERE account_id = e.account_id)
                    ORDER BY created_at LIMIT ?)""".formatted(key, key, db.dialect().indexedBy("events_by_age"));
    }

    @Override
    public Event append(Event event) {
        if (db.dialect() == Dialect.POSTGRESQL) {
            // writers of one account take turns from here to their commit, so no two take the same next number;
            // SQLite's single writer does that already
            db.with(h -> h.createQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(?, hashtext(?))) AS taken")
                    .bind(0, EVENT_NUMBERS_LOCK).bind(1, event.accountId().value()).mapTo(Integer.class).one());
        }
        // one statement: the number is taken under the write lock of the caller's transaction
        long place = db.with(h -> h.createQuery("""
                        INSERT INTO events (id, account_id, sequence, type, resource_id, created_at, data, previous)
                        VALUES (:id, :account_id,
                                (SELECT COALESCE(MAX(sequence), 0) + 1 FROM events WHERE account_id = :account_id),
                                :type, :resource_id, :created_at, :data, :previous)
                        RETURNING sequence""")
                .bind("id", event.id().value())
                .bind("account_id", event.accountId().value())
                .bind("type", event.type().name())
                .bind("resource_id", event.resourceId())
                .bind("created_at", Columns.millis(event.createdAt()))
                .bind("data", event.data())
                .bind("previous", event.previous())
                .mapTo(Long.class).one());
        return event.at(place);
    }

    @Override
    public Page<Event> list(EventQuery query) {
        long after = query.page().after().map(Cursor::position).orElse(0L);
        // one statement per combination of filters, so that SQLite picks the index of the filter given
        String sql = "SELECT * FROM events WHERE account_id = :account"
                + query.type().map(type -> " AND type = :type").orElse("")
                + query.resourceId().map(id -> " AND resource_id = :resource").orElse("")
                + " AND sequence > :after ORDER BY sequence LIMIT :fetch";
        List<Event> fetched = db.with(h -> {
            var statement = h.createQuery(sql).bind("account", query.account().value())
                    .bind("after", after).bind("fetch", query.page().limit() + 1);
            query.type().ifPresent(type -> statement.bind("type", type.name()));
            query.resourceId().ifPresent(id -> statement.bind("resource", id));
            return statement.map(MAPPER).list();
        });
        return Page.of(fetched, query.page().limit(), Events::cursorAfter);
    }

    @Override
    public Optional<Event> find(AccountId account, EventId id) {
        return db.with(h -> h.createQuery("SELECT * FROM events WHERE id = ? AND account_id = ?")
                .bind(0, id.value()).bind(1, account.value()).map(MAPPER).findOne());
    }

    @Override
    public int purgeBefore(Instant cutoff, int limit) {
        // Read through events_by_age, so a batch reads only old rows. Each account's newest event stays, whatever
        // its age: the next number is counted from it.
        return db.with(h -> h.createUpdate(purgeSql)
                .bind(0, Columns.millis(cutoff)).bind(1, limit).execute());
    }

    @Override
    public long lastSequence(AccountId account) {
        return db.with(h -> h.createQuery("SELECT COALESCE(MAX(sequence), 0) FROM events WHERE account_id = ?")
                .bind(0, account.value()).mapTo(Long.class).one());
    }
}
