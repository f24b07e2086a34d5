package io.onboard.jdbc;

import io.onboard.application.port.out.EnrollmentChains;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.enrollment.EnrollmentChain;
import io.onboard.domain.enrollment.EnrollmentChain.SellerLink;
import io.onboard.domain.enrollment.EnrollmentChain.StoreLink;
import io.onboard.domain.enrollment.EnrollmentChain.TerminalLink;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.store.StoreServerId;
import io.onboard.domain.store.StoreStatus;
import io.onboard.domain.terminal.StatusReason;
import io.onboard.domain.terminal.TerminalId;
import io.onboard.domain.terminal.TerminalStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A terminal's enrollment chain in one query: the terminal by its primary lookup, its store and that store's seller
 * by their primary keys, and of each only the columns the checks read. Loading the three aggregates instead took
 * three queries and mapped some eighty columns into validated value objects (benchmarks 1 and 2). The terminal
 * part comes from the covering index {@code terminals_enrollment} alone (migration V2); SQLite's planner would
 * pick the unique {@code (account_id, number)} index and then read the wide row, so the query names the index.
 */
final class JdbcEnrollmentChains implements EnrollmentChains {
    private static final String CHAIN = """
            SELECT t.status AS terminal_status, t.status_reason, t.store_number,
                   s.number AS store_number_found, s.store_id, s.status AS store_status, s.payout_destination_id,
                   s.organization_number AS store_organization_number,
                   p.payout_destination_id AS seller_id, p.case_status, p.country_code,
                   p.organization_number AS seller_organization_number
            FROM terminals t INDEXED BY terminals_enrollment
            LEFT JOIN stores s ON s.account_id = t.account_id AND s.number = t.store_number
            LEFT JOIN payout_destinations p
              ON p.account_id = s.account_id AND p.payout_destination_id = s.payout_destination_id
            WHERE t.account_id = ? AND t.number = ?""";

    private static final String STORE = """
            SELECT s.number AS store_number_found, s.store_id, s.status AS store_status, s.payout_destination_id,
                   s.organization_number AS store_organization_number, p.country_code
            FROM stores s JOIN payout_destinations p
              ON p.account_id = s.account_id AND p.payout_destination_id = s.payout_destination_id
            WHERE s.account_id = ? AND s.store_id = ?""";

    private final JdbiTransactions db;

    JdbcEnrollmentChains(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public EnrollmentChain chainOf(AccountId account, TerminalId id) {
        if (!id.accountId().equals(account)) {
            return EnrollmentChain.none();
        }
        return db.with(h -> h.createQuery(CHAIN).bind(0, account.value()).bind(1, id.number())
                        .map((rs, ctx) -> chain(account, rs)).findOne())
                .orElseGet(EnrollmentChain::none);
    }

    @Override
    public Optional<StoreLink> storeByStoreId(AccountId account, StoreId storeId) {
        return db.with(h -> h.createQuery(STORE).bind(0, account.value()).bind(1, storeId.value())
                .map((rs, ctx) -> store(account, rs).orElseThrow()).findOne());
    }

    private static EnrollmentChain chain(AccountId account, ResultSet rs) throws SQLException {
        TerminalLink terminal = new TerminalLink(TerminalStatus.valueOf(rs.getString("terminal_status")),
                Optional.ofNullable(Columns.value(rs.getString("status_reason"), StatusReason::valueOf)),
                new StoreServerId(account, rs.getLong("store_number")));
        Optional<StoreLink> store = store(account, rs);
        String sellerId = rs.getString("seller_id");
        Optional<SellerLink> seller = sellerId == null ? Optional.empty() : Optional.of(new SellerLink(
                new PayoutDestinationId(sellerId), CaseStatus.valueOf(rs.getString("case_status")),
                organizationNumber(rs, "seller_organization_number")));
        return new EnrollmentChain(Optional.of(terminal), store, seller);
    }

    /** The store columns of a row, empty when the left join found no store. */
    private static Optional<StoreLink> store(AccountId account, ResultSet rs) throws SQLException {
        long number = rs.getLong("store_number_found");
        if (rs.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new StoreLink(new StoreServerId(account, number), new StoreId(rs.getString("store_id")),
                StoreStatus.valueOf(rs.getString("store_status")),
                new PayoutDestinationId(rs.getString("payout_destination_id")),
                organizationNumber(rs, "store_organization_number")));
    }

    /** A store's number is stored without its country, which is its seller's (see {@link StoreRows}). */
    private static Optional<OrganizationNumber> organizationNumber(ResultSet rs, String column) throws SQLException {
        String number = rs.getString(column);
        return number == null ? Optional.empty()
                : Optional.of(new OrganizationNumber(new CountryCode(rs.getString("country_code")), number));
    }
}
