package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.Deliveries;
import io.onboard.application.port.out.DeliveryQuery;
import io.onboard.application.port.out.SubscriptionProgress;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import io.onboard.domain.webhook.Delivery;
import io.onboard.domain.webhook.DeliveryAttempt;
import io.onboard.domain.webhook.DeliveryId;
import io.onboard.domain.webhook.DeliveryStatus;
import io.onboard.domain.webhook.SubscriptionId;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.mapper.RowMapper;

/** The outbox in {@code webhook_deliveries}; the dispatcher's progress in columns of {@code webhook_subscriptions}. */
final class JdbcDeliveries implements Deliveries {
    private static final String COLUMNS = """
            id, subscription_id, account_id, event_id, event_type, resource_id, event_sequence, status, attempts,
            created_at, first_attempt_at, next_attempt_at, last_attempt_at, last_http_status, last_duration_ms,
            last_error, version""";
    private static final RowMapper<Delivery> MAPPER = (rs, ctx) -> {
        Long duration = Columns.nullableLong(rs, "last_duration_ms");
        Long httpStatus = Columns.nullableLong(rs, "last_http_status");
        DeliveryAttempt last = duration == null ? null : new DeliveryAttempt(
                httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus.intValue()),
                Duration.ofMillis(duration), Optional.ofNullable(rs.getString("last_error")));
        return Delivery.restore(new DeliveryId(rs.getString("id")), new SubscriptionId(rs.getString("subscription_id")),
                new AccountId(rs.getString("account_id")), new EventId(rs.getString("event_id")),
                EventType.valueOf(rs.getString("event_type")), rs.getString("resource_id"), rs.getLong("event_sequence"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "first_attempt_at"), Columns.instant(rs, "next_attempt_at"),
                Columns.instant(rs, "last_attempt_at"), last, rs.getLong("version"));
    };
    private static final Table TABLE = new Table("webhook_deliveries", COLUMNS, "id = :id");
    /** An update that loses to a concurrent one changes nothing and says so, unlike {@link Table#update}. */
    private static final String UPDATE = "UPDATE webhook_deliveries SET "
            + String.join(", ", Arrays.stream(COLUMNS.split(",")).map(String::strip).map(c -> c + " = :" + c).toList())
            + " WHERE id = :id AND version = :read_version";

    private final JdbiTransactions db;

    private final String dueSql;
    private final String pendingSql;

    JdbcDeliveries(JdbiTransactions db) {
        this.db = db;
        Dialect dialect = db.dialect();
        this.dueSql = """
                SELECT d.* FROM webhook_deliveries d %s
                WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
                  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries e %s
                                  WHERE e.status = 'PENDING' AND e.subscription_id = d.subscription_id
                                    AND e.resource_id = d.resource_id AND e.event_sequence < d.event_sequence)
                ORDER BY d.next_attempt_at, d.event_sequence LIMIT :limit%s""".formatted(
                dialect.indexedBy("webhook_deliveries_due"), dialect.indexedBy("webhook_deliveries_pending"),
                dialect.skipLocked("d"));
        this.pendingSql = """
                SELECT * FROM webhook_deliveries %s
                WHERE subscription_id = ? AND status = 'PENDING'""".formatted(dialect.indexedBy("webhook_deliveries_pending"));
    }

    @Override
    public void add(List<Delivery> deliveries) {
        for (Delivery delivery : deliveries) {
            TABLE.insert(db, row(delivery, 1));
        }
    }

    @Override
    public boolean update(Delivery delivery) {
        return db.with(h -> h.createUpdate(UPDATE)
                .bindMap(row(delivery, delivery.version() + 1)).bind("read_version", delivery.version()).execute()) == 1;
    }

    @Override
    public Optional<Delivery> find(AccountId account, DeliveryId id) {
        return db.with(h -> h.createQuery("SELECT * FROM webhook_deliveries WHERE id = ? AND account_id = ?")
                .bind(0, id.value()).bind(1, account.value()).map(MAPPER).findOne());
    }

    @Override
    public Page<Delivery> list(DeliveryQuery query) {
        Cursor after = query.page().after().orElse(new Cursor(0, ""));
        String sql = "SELECT * FROM webhook_deliveries WHERE subscription_id = :subscription AND account_id = :account"
                + query.status().map(status -> " AND status = :status").orElse("")
                + " AND (event_sequence > :position OR (event_sequence = :position AND id > :tie))"
                + " ORDER BY event_sequence, id LIMIT :fetch";
        List<Delivery> fetched = db.with(h -> {
            var statement = h.createQuery(sql).bind("subscription", query.subscription().value())
                    .bind("account", query.account().value()).bind("position", after.position())
                    .bind("tie", after.tieBreaker()).bind("fetch", query.page().limit() + 1);
            query.status().ifPresent(status -> statement.bind("status", status.name()));
            return statement.map(MAPPER).list();
        });
        return Page.of(fetched, query.page().limit(), d -> new Cursor(d.eventSequence(), d.id().value()));
    }

    @Override
    public List<Delivery> due(Instant now, int limit) {
        return db.with(h -> h.createQuery(dueSql)
                .bind("now", Columns.millis(now)).bind("limit", limit).map(MAPPER).list());
    }

    @Override
    public List<Delivery> pending(SubscriptionId subscription) {
        return db.with(h -> h.createQuery(pendingSql)
                .bind(0, subscription.value()).map(MAPPER).list());
    }

    @Override
    public Optional<SubscriptionProgress> progress(SubscriptionId subscription) {
        // locked on PostgreSQL: a fan-out in another instance waits, then sees how far this one went
        return db.with(h -> h.createQuery("SELECT fanned_out_to, failing_since FROM webhook_subscriptions WHERE id = ?"
                        + db.dialect().forUpdate())
                .bind(0, subscription.value())
                .map((rs, ctx) -> new SubscriptionProgress(subscription, rs.getLong("fanned_out_to"),
                        Optional.ofNullable(Columns.instant(rs, "failing_since"))))
                .findOne());
    }

    @Override
    public void saveProgress(SubscriptionProgress progress) {
        db.with(h -> h.createUpdate("UPDATE webhook_subscriptions SET fanned_out_to = ?, failing_since = ? WHERE id = ?")
                .bind(0, progress.fannedOutTo()).bind(1, progress.failingSince().map(Columns::millis).orElse(null))
                .bind(2, progress.subscription().value()).execute());
    }

    private static Map<String, Object> row(Delivery delivery, long version) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", delivery.id().value());
        row.put("subscription_id", delivery.subscriptionId().value());
        row.put("account_id", delivery.accountId().value());
        row.put("event_id", delivery.eventId().value());
        row.put("event_type", delivery.eventType().name());
        row.put("resource_id", delivery.resourceId());
        row.put("event_sequence", delivery.eventSequence());
        row.put("status", delivery.status().name());
        row.put("attempts", delivery.attempts());
        row.put("created_at", Columns.millis(delivery.createdAt()));
        row.put("first_attempt_at", delivery.firstAttemptAt().map(Columns::millis).orElse(null));
        row.put("next_attempt_at", delivery.nextAttemptAt().map(Columns::millis).orElse(null));
        row.put("last_attempt_at", delivery.lastAttemptAt().map(Columns::millis).orElse(null));
        row.put("last_http_status", delivery.lastHttpStatus().isPresent() ? delivery.lastHttpStatus().getAsInt() : null);
        row.put("last_duration_ms", delivery.lastAttempt().map(a -> a.duration().toMillis()).orElse(null));
        row.put("last_error", delivery.lastAttempt().flatMap(DeliveryAttempt::error).orElse(null));
        row.put("version", version);
        return row;
    }
}
