package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.TerminalQuery;
import io.onboard.application.port.out.Terminals;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.terminal.SerialNumber;
import io.onboard.domain.terminal.Terminal;
import io.onboard.domain.terminal.TerminalId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Terminals in {@code terminals}. */
final class JdbcTerminals implements Terminals {
    private static final String COLUMNS = """
            id, account_id, number, terminal_id, serial_number, device_model, store_number, status, status_reason,
            label, created_at, updated_at, status_changed_at, deleted_at, version""";

    private static final Table TABLE = new Table("terminals", COLUMNS, "id = :id");

    private final JdbiTransactions db;
    private final String listSql;

    JdbcTerminals(JdbiTransactions db) {
        this.db = db;
        Dialect dialect = db.dialect();
        this.listSql = """
                SELECT t.* FROM terminals t
                WHERE t.account_id = :account
                  AND t.number > :after
                  AND (:store IS NULL OR t.store_number = :store)
                  AND (:seller IS NULL OR t.store_number IN (
                        SELECT number FROM stores WHERE account_id = :account AND payout_destination_id = :seller))
                  AND (CASE WHEN :status IS NULL THEN t.status <> 'DELETED' ELSE t.status = :status END)
                  AND (:model IS NULL OR t.device_model = :model)
                  AND (:serial IS NULL OR t.serial_number = :serial)
                  AND (:terminal IS NULL OR t.number = :terminal)
                  AND (:search IS NULL OR %s
                       OR %s
                       OR %s)
                ORDER BY t.number
                LIMIT :fetch"""
                .formatted(dialect.contains("lower(t.terminal_id)", ":search"),
                        dialect.contains("lower(t.serial_number)", ":search"),
                        dialect.contains("lower(coalesce(t.label, ''))", ":search"));
    }

    @Override
    public Terminal add(Terminal terminal) {
        TABLE.insert(db, TerminalRows.columns(terminal, 1));
        return terminal.storedAt(1);
    }

    @Override
    public Terminal update(Terminal terminal) {
        long next = terminal.version() + 1;
        TABLE.update(db, TerminalRows.columns(terminal, next), terminal.version(),
                () -> find(terminal.terminalId()).isPresent(), "terminal", terminal.terminalId().value());
        return terminal.storedAt(next);
    }

    @Override
    public Optional<Terminal> find(TerminalId id) {
        return db.with(h -> h.createQuery("SELECT * FROM terminals WHERE account_id = ? AND number = ?")
                .bind(0, id.accountId().value()).bind(1, id.number()).map(TerminalRows.MAPPER).findOne());
    }

    @Override
    public Optional<Terminal> findLiveBySerialNumber(SerialNumber serialNumber) {
        return db.with(h -> h.createQuery("SELECT * FROM terminals WHERE serial_number = ? AND status <> 'DELETED'")
                .bind(0, serialNumber.value()).map(TerminalRows.MAPPER).findOne());
    }

    @Override
    public long countLiveIn(StoreServerId store) {
        return db.with(h -> h.createQuery("""
                        SELECT count(*) FROM terminals
                        WHERE account_id = ? AND store_number = ? AND status <> 'DELETED'""")
                .bind(0, store.accountId().value()).bind(1, store.number()).mapTo(Long.class).one());
    }

    @Override
    public long countLiveLinkedTo(AccountId account, PayoutDestinationId seller) {
        return db.with(h -> h.createQuery("""
                        SELECT count(*) FROM terminals t
                        JOIN stores s ON s.account_id = t.account_id AND s.number = t.store_number
                        WHERE t.account_id = ? AND s.payout_destination_id = ? AND t.status <> 'DELETED'""")
                .bind(0, account.value()).bind(1, seller.value()).mapTo(Long.class).one());
    }

    private record Owned(AccountId account, long number) {
    }

    /**
     * The number to filter on; a store or terminal of another account matches nothing (number 0 is never
     * issued), and an absent filter matches everything (null).
     */
    private static Long ownNumber(Optional<Owned> filter, TerminalQuery q) {
        return filter.map(owned -> owned.account().equals(q.account()) ? owned.number() : 0L).orElse(null);
    }

    /** Every filter is optional (a null parameter matches all); keyset paging by terminal number. */
    @Override
    public Page<Terminal> list(TerminalQuery q) {
        List<Terminal> fetched = db.with(h -> h.createQuery(listSql)
                .bind("account", q.account().value())
                .bind("after", q.page().after().map(Cursor::position).orElse(0L))
                .bind("store", ownNumber(q.store().map(s -> new Owned(s.accountId(), s.number())), q))
                .bind("seller", q.payoutDestination().map(PayoutDestinationId::value).orElse(null))
                .bind("status", q.status().map(Enum::name).orElse(null))
                .bind("model", q.model().map(Enum::name).orElse(null))
                .bind("serial", q.serialNumber().map(SerialNumber::value).orElse(null))
                .bind("terminal", ownNumber(q.terminalId().map(t -> new Owned(t.accountId(), t.number())), q))
                .bind("search", q.search().map(text -> text.toLowerCase(Locale.ROOT)).orElse(null))
                .bind("fetch", q.page().limit() + 1)
                .map(TerminalRows.MAPPER).list());
        return Page.of(fetched, q.page().limit(), Ordering::of);
    }
}
