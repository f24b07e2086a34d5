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
 * Plain JDBC with columns read by position: Jdbi's machinery cost as much as the query (see
 * {@link JdbiTransactions#query}).
 */
final class JdbcEnrollmentChains implements EnrollmentChains {
    /** The store's columns and its seller's country, in this order, in both queries; read by position. */
    private static final String STORE_COLUMNS = """
            s.number, s.store_id, s.status, s.payout_destination_id, s.organization_number, p.country_code""";

    private static final String CHAIN_TEMPLATE = """
            SELECT t.status, t.status_reason, t.store_number,
                   %s,
                   p.payout_destination_id, p.case_status, p.organization_number
            FROM terminals t %s
            LEFT JOIN stores s %s
              ON s.account_id = t.account_id AND s.number = t.store_number
            LEFT JOIN payout_destinations p %s
              ON p.account_id = s.account_id AND p.payout_destination_id = s.payout_destination_id
            WHERE t.account_id = ? AND t.number = ?""";
    private static final int CHAIN_STORE = 4;
    private static final int CHAIN_SELLER = 10;

    private static final String STORE = """
            SELECT %s
            FROM stores s JOIN payout_destinations p
              ON p.account_id = s.account_id AND p.payout_destination_id = s.payout_destination_id
            WHERE s.account_id = ? AND s.store_id = ?""".formatted(STORE_COLUMNS);

    private final JdbiTransactions db;
    private final String chainSql;

    JdbcEnrollmentChains(JdbiTransactions db) {
        this.db = db;
        Dialect dialect = db.dialect();
        this.chainSql = CHAIN_TEMPLATE.formatted(STORE_COLUMNS, dialect.indexedBy("terminals_enrollment"),
                dialect.indexedBy("stores_enrollment"), dialect.indexedBy("payout_destinations_enrollment"));
    }

    @Override
    public EnrollmentChain chainOf(AccountId account, TerminalId id) {
        if (!id.accountId().equals(account)) {
            return EnrollmentChain.none();
        }
        return db.query(chainSql, statement -> {
            statement.setString(1, account.value());
            statement.setLong(2, id.number());
        }, rows -> rows.next() ? chain(account, rows) : EnrollmentChain.none());
    }

    @Override
    public Optional<StoreLink> storeByStoreId(AccountId account, StoreId storeId) {
        return db.query(STORE, statement -> {
            statement.setString(1, account.value());
            statement.setString(2, storeId.value());
        }, rows -> rows.next() ? store(account, rows, 1) : Optional.empty());
    }

    private static EnrollmentChain chain(AccountId account, ResultSet row) throws SQLException {
        TerminalLink terminal = new TerminalLink(TerminalStatus.valueOf(row.getString(1)),
                Optional.ofNullable(Columns.value(row.getString(2), StatusReason::valueOf)),
                new StoreServerId(account, row.getLong(3)));
        Optional<StoreLink> store = store(account, row, CHAIN_STORE);
        String sellerId = row.getString(CHAIN_SELLER);
        Optional<SellerLink> seller = sellerId == null ? Optional.empty() : Optional.of(new SellerLink(
                new PayoutDestinationId(sellerId), CaseStatus.valueOf(row.getString(CHAIN_SELLER + 1)),
                organizationNumber(row, CHAIN_SELLER + 2, CHAIN_STORE + 5)));
        return new EnrollmentChain(Optional.of(terminal), store, seller);
    }

    /** The {@link #STORE_COLUMNS} from position {@code first}; empty when the left join found no store. */
    private static Optional<StoreLink> store(AccountId account, ResultSet row, int first) throws SQLException {
        long number = row.getLong(first);
        if (row.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new StoreLink(new StoreServerId(account, number), new StoreId(row.getString(first + 1)),
                StoreStatus.valueOf(row.getString(first + 2)), new PayoutDestinationId(row.getString(first + 3)),
                organizationNumber(row, first + 4, first + 5)));
    }

    /** A store's number is stored without its country, which is its seller's (see {@link StoreRows}). */
    private static Optional<OrganizationNumber> organizationNumber(ResultSet row, int number, int country)
            throws SQLException {
        String value = row.getString(number);
        return value == null ? Optional.empty()
                : Optional.of(new OrganizationNumber(new CountryCode(row.getString(country)), value));
    }
}
