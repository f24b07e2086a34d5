package io.onboard.jdbc;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.Coordinates;
import io.onboard.domain.store.Store;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreProfile;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * A store to and from a {@code stores} row. The organization number's country is not stored with the
 * store: it is always its seller's, so it is read back through a join on the seller.
 */
final class StoreRows implements RowMapper<Store> {
    static final StoreRows MAPPER = new StoreRows();

    /** Selects a store's columns plus its seller's country, which its organization number belongs to. */
    static final String SELECT = """
            SELECT s.*, p.country_code AS seller_country_code
            FROM stores s JOIN payout_destinations p
              ON p.account_id = s.account_id AND p.payout_destination_id = s.payout_destination_id""";

    static Map<String, Object> columns(Store store, long version) {
        Map<String, Object> row = new HashMap<>();
        StoreProfile given = store.givenProfile();
        row.put("account_id", store.accountId().value());
        row.put("number", store.id().number());
        row.put("store_id", store.storeId().value());
        row.put("payout_destination_id", store.payoutDestinationId().value());
        row.put("organization_number", store.organizationNumber().map(OrganizationNumber::value).orElse(null));
        row.put("store_name", given.name());
        Columns.putOrganization(row, "given_", given.names());
        Columns.putContact(row, "given_", given.contact());
        row.put("latitude", given.coordinates() == null ? null : given.coordinates().latitude());
        row.put("longitude", given.coordinates() == null ? null : given.coordinates().longitude());
        Columns.putValidated(row, "filled_", store.filledFrom().orElse(null));
        row.put("status", store.status().name());
        row.put("created_at", Columns.millis(store.createdAt()));
        row.put("updated_at", Columns.millis(store.updatedAt()));
        row.put("version", version);
        return row;
    }

    @Override
    public Store map(ResultSet rs, StatementContext ctx) throws SQLException {
        AccountId account = new AccountId(rs.getString("account_id"));
        String number = rs.getString("organization_number");
        double latitude = rs.getDouble("latitude");
        Coordinates coordinates = rs.wasNull() ? null : new Coordinates(latitude, rs.getDouble("longitude"));
        StoreProfile given = new StoreProfile(rs.getString("store_name"), Columns.organization(rs, "given_"),
                Columns.contact(rs, "given_"), coordinates);
        return Store.restore(new StoreServerId(account, rs.getLong("number")), new StoreId(rs.getString("store_id")),
                given, Columns.validated(rs, "filled_"),
                number == null ? null : new OrganizationNumber(new CountryCode(rs.getString("seller_country_code")), number),
                new PayoutDestinationId(rs.getString("payout_destination_id")), StoreStatus.valueOf(rs.getString("status")),
                Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
