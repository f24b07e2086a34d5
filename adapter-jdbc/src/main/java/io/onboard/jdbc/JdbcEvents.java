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

/** Events in {@code events}, numbered per account: by SQLite as they are written, by PostgreSQL after their commit. */
final class JdbcEvents implements Events {
    private static final RowMapper<Event> MAPPER = (rs, ctx) -> new Event(new EventId(rs.getString("id")),
            EventType.valueOf(rs.getString("type")), new AccountId(rs.getString("account_id")),
            Columns.instant(rs, "created_at"), rs.getLong("sequence"), rs.getString("resource_id"),
            rs.getString("data"), rs.getString("previous"));

    private final JdbiTransactions db;
    private final EventNumbering numbering;
    private final String appendSql;
    private final String purgeSql;

    /** {@code numbering} gives PostgreSQL's events their numbers; SQLite numbers them as it writes them. */
    JdbcEvents(JdbiTransactions db, EventNumbering numbering) {
        this.db = db;
        this.numbering = numbering;
        // SQLite's single writer takes the number in the writing statement, under the write lock of the caller's
        // transaction; PostgreSQL's writers leave it to EventNumbering, after their commit
        this.appendSql = """
                INSERT INTO events (id, account_id, sequence, type, resource_id, created_at, data, previous)
                VALUES (:id, :account_id, %s, :type, :resource_id, :created_at, :data, :previous)
                RETURNING COALESCE(sequence, 0)""".formatted(
                numbersAtCommit() ? "NULL"
                        : "(SELECT COALESCE(MAX(sequence), 0) + 1 FROM events WHERE account_id = :account_id)");
        // SQLite deletes by rowid, its fastest key; PostgreSQL has none, and the id is the primary key
        String key = db.dialect() == Dialect.SQLITE ? "rowid" : "id";
        this.purgeSql = """
                DELETE FROM events WHERE %s IN
                  (SELECT %s FROM events e %s WHERE created_at < ?
                      AND sequence < (SELECT MAX(sequence) FROM events WHERE account_id = e.account_id)
                    ORDER BY created_at LIMIT ?)""".formatted(key, key, db.dialect().indexedBy("events_by_age"));
    }

    private boolean numbersAtCommit() {
        return db.dialect() == Dialect.POSTGRESQL;
    }

    @Override
    public Event append(Event event) {
        String account = event.accountId().value();
        long place = db.with(h -> h.createQuery(appendSql)
                .bind("id", event.id().value())
                .bind("account_id", account)
                .bind("type", event.type().name())
                .bind("resource_id", event.resourceId())
                .bind("created_at", Columns.millis(event.createdAt()))
                .bind("data", event.data())
                .bind("previous", event.previous())
                .mapTo(Long.class).one());
        if (numbersAtCommit()) {
            numbering.afterCommit(account);
        }
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
        return db.with(h -> h.createQuery("SELECT * FROM events WHERE id = ? AND account_id = ? AND sequence IS NOT NULL")
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
