package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Subscriptions;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.webhook.EventSelection;
import io.onboard.domain.webhook.SigningSecret;
import io.onboard.domain.webhook.Subscription;
import io.onboard.domain.webhook.SubscriptionId;
import io.onboard.domain.webhook.WebhookUrl;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

/** Subscriptions in {@code webhook_subscriptions}, their secrets sealed under the server's key. */
final class JdbcSubscriptions implements Subscriptions {
    private static final Table TABLE = new Table("webhook_subscriptions", """
            id, account_id, url, events, description, active, deactivation_reason, sealed_secret,
            sealed_previous_secret, previous_secret_expires_at, created_at, updated_at, version""", "id = :id");

    private final JdbiTransactions db;
    private final SecretSeal seal;
    private final RowMapper<Subscription> mapper;

    JdbcSubscriptions(JdbiTransactions db, SecretSeal seal) {
        this.db = db;
        this.seal = seal;
        this.mapper = (rs, ctx) -> {
            String id = rs.getString("id");
            AccountId account = new AccountId(rs.getString("account_id"));
            String previous = rs.getString("sealed_previous_secret");
            return Subscription.restore(new SubscriptionId(id), account, WebhookUrl.parse(rs.getString("url"), account),
                    EventSelection.parse(Arrays.asList(rs.getString("events").split(","))), rs.getString("description"),
                    rs.getInt("active") == 1, rs.getString("deactivation_reason"),
                    new SigningSecret(seal.open(rs.getString("sealed_secret"), id)),
                    previous == null ? null : new SigningSecret(seal.open(previous, id)),
                    Columns.instant(rs, "previous_secret_expires_at"), Columns.instant(rs, "created_at"),
                    Columns.instant(rs, "updated_at"), rs.getLong("version"));
        };
    }

    @Override
    public Subscription add(Subscription subscription) {
        TABLE.insert(db, row(subscription, 1));
        return subscription.storedAt(1);
    }

    @Override
    public Subscription update(Subscription subscription) {
        long next = subscription.version() + 1;
        TABLE.update(db, row(subscription, next), subscription.version(),
                () -> find(subscription.accountId(), subscription.id()).isPresent(), "subscription", subscription.id().value());
        return subscription.storedAt(next);
    }

    @Override
    public Optional<Subscription> find(AccountId account, SubscriptionId id) {
        return db.with(h -> h.createQuery("SELECT * FROM webhook_subscriptions WHERE id = ? AND account_id = ?")
                .bind(0, id.value()).bind(1, account.value()).map(mapper).findOne());
    }

    @Override
    public Page<Subscription> list(AccountId account, PageRequest page) {
        Cursor after = page.after().orElse(new Cursor(Long.MIN_VALUE, ""));
        List<Subscription> fetched = db.with(h -> h.createQuery("""
                        SELECT * FROM webhook_subscriptions WHERE account_id = :account
                          AND (created_at > :position OR (created_at = :position AND id > :tie))
                        ORDER BY created_at, id LIMIT :fetch""")
                .bind("account", account.value()).bind("position", after.position()).bind("tie", after.tieBreaker())
                .bind("fetch", page.limit() + 1).map(mapper).list());
        return Page.of(fetched, page.limit(), sub -> new Cursor(sub.createdAt().toEpochMilli(), sub.id().value()));
    }

    @Override
    public void delete(Subscription subscription) {
        // its deliveries go with it (ON DELETE CASCADE)
        db.with(h -> h.createUpdate("DELETE FROM webhook_subscriptions WHERE id = ?").bind(0, subscription.id().value())
                .execute());
    }

    @Override
    public List<Subscription> active() {
        return db.with(h -> h.createQuery("SELECT * FROM webhook_subscriptions WHERE active = 1").map(mapper).list());
    }

    private Map<String, Object> row(Subscription subscription, long version) {
        String id = subscription.id().value();
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("account_id", subscription.accountId().value());
        row.put("url", subscription.url().toString());
        row.put("events", String.join(",", subscription.events().names()));
        row.put("description", subscription.description().orElse(null));
        row.put("active", subscription.active() ? 1 : 0);
        row.put("deactivation_reason", subscription.deactivationReason().orElse(null));
        row.put("sealed_secret", seal.seal(subscription.secret().value(), id));
        row.put("sealed_previous_secret", subscription.previousSecret().map(s -> seal.seal(s.value(), id)).orElse(null));
        row.put("previous_secret_expires_at", subscription.previousSecretExpiresAt().map(Columns::millis).orElse(null));
        row.put("created_at", Columns.millis(subscription.createdAt()));
        row.put("updated_at", Columns.millis(subscription.updatedAt()));
        row.put("version", version);
        return row;
    }
}
