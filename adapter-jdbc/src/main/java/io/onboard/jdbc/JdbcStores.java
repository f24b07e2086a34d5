package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.StoreQuery;
import io.onboard.application.port.out.Stores;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import java.util.List;
import java.util.Optional;

/** Stores in {@code stores}. */
final class JdbcStores implements Stores {
    private static final String COLUMNS = """
            account_id, number, store_id, payout_destination_id, organization_number, store_name,
            given_organization_name, given_trade_name, given_address_line, given_address_line_2, given_postal_code,
            given_postal_place, given_address_country, given_phone_number, given_email, given_website, latitude,
            longitude, filled_at, filled_organization_name, filled_trade_name, filled_address_line,
            filled_address_line_2, filled_postal_code, filled_postal_place, filled_address_country,
            filled_phone_number, filled_email, filled_website, status, created_at, updated_at, version""";

    private static final Table TABLE = new Table("stores", COLUMNS, "account_id = :account_id AND number = :number");

    private final JdbiTransactions db;

    JdbcStores(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public Store add(Store store) {
        TABLE.insert(db, StoreRows.columns(store, 1));
        return store.storedAt(1);
    }

    @Override
    public Store update(Store store) {
        long next = store.version() + 1;
        TABLE.update(db, StoreRows.columns(store, next), store.version(), () -> find(store.id()).isPresent(), "store",
                store.storeId().value());
        return store.storedAt(next);
    }

    @Override
    public Optional<Store> find(StoreServerId id) {
        return db.with(h -> h.createQuery(StoreRows.SELECT + " WHERE s.account_id = ? AND s.number = ?")
                .bind(0, id.accountId().value()).bind(1, id.number()).map(StoreRows.MAPPER).findOne());
    }

    @Override
    public Optional<Store> findByStoreId(AccountId account, StoreId storeId) {
        return db.with(h -> h.createQuery(StoreRows.SELECT + " WHERE s.account_id = ? AND s.store_id = ?")
                .bind(0, account.value()).bind(1, storeId.value()).map(StoreRows.MAPPER).findOne());
    }

    @Override
    public List<Store> linkedTo(AccountId account, PayoutDestinationId seller) {
        return db.with(h -> h.createQuery(StoreRows.SELECT
                        + " WHERE s.account_id = ? AND s.payout_destination_id = ? ORDER BY s.number")
                .bind(0, account.value()).bind(1, seller.value()).map(StoreRows.MAPPER).list());
    }

    @Override
    public long countLinkedTo(AccountId account, PayoutDestinationId seller) {
        return db.with(h -> h.createQuery("""
                        SELECT count(*) FROM stores
                        WHERE account_id = ? AND payout_destination_id = ? AND status <> 'DELETED'""")
                .bind(0, account.value()).bind(1, seller.value()).mapTo(Long.class).one());
    }

    @Override
    public Page<Store> list(StoreQuery query) {
        long after = query.page().after().map(Cursor::position).orElse(0L);
        List<Store> fetched = db.with(h -> h.createQuery(StoreRows.SELECT + """
                         WHERE s.account_id = :account
                          AND (:seller IS NULL OR s.payout_destination_id = :seller)
                          AND (CASE WHEN :status IS NULL THEN s.status <> 'DELETED' ELSE s.status = :status END)
                          AND s.number > :after
                        ORDER BY s.number
                        LIMIT :fetch""")
                .bind("account", query.account().value())
                .bind("seller", query.payoutDestination().map(PayoutDestinationId::value).orElse(null))
                .bind("status", query.status().map(Enum::name).orElse(null))
                .bind("after", after).bind("fetch", query.page().limit() + 1)
                .map(StoreRows.MAPPER).list());
        return Page.of(fetched, query.page().limit(), Ordering::of);
    }
}
