package io.onboard.jdbc;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Ordering;
import io.onboard.application.paging.Page;
import io.onboard.application.port.out.PayoutDestinationQuery;
import io.onboard.application.port.out.PayoutDestinations;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import java.util.List;
import java.util.Optional;

/** Sellers in {@code payout_destinations}. */
final class JdbcPayoutDestinations implements PayoutDestinations {
    private static final String COLUMNS = """
            account_id, payout_destination_id, name, description, type, country_code, organization_number,
            individual_name, individual_birth_date, given_organization_name, given_trade_name, given_address_line,
            given_address_line_2, given_postal_code, given_postal_place, given_address_country, given_phone_number,
            given_email, given_website, bank_account_number, bank_account_number_type, bank_account_currency,
            bank_account_country_code, bank_identification_code, payout_interval, case_status, case_reason,
            validated_at, validated_organization_name, validated_trade_name, validated_address_line,
            validated_address_line_2, validated_postal_code, validated_postal_place, validated_address_country,
            validated_phone_number, validated_email, validated_website, created_at, updated_at, version""";

    private static final Table TABLE = new Table("payout_destinations", COLUMNS,
            "account_id = :account_id AND payout_destination_id = :payout_destination_id");

    private final JdbiTransactions db;

    JdbcPayoutDestinations(JdbiTransactions db) {
        this.db = db;
    }

    @Override
    public PayoutDestination add(PayoutDestination seller) {
        TABLE.insert(db, SellerRows.columns(seller, 1));
        return seller.storedAt(1);
    }

    @Override
    public PayoutDestination update(PayoutDestination seller) {
        long next = seller.version() + 1;
        TABLE.update(db, SellerRows.columns(seller, next), seller.version(),
                () -> find(seller.accountId(), seller.id()).isPresent(), "payout destination", seller.id().value());
        return seller.storedAt(next);
    }

    @Override
    public Optional<PayoutDestination> find(AccountId account, PayoutDestinationId id) {
        return db.with(h -> h.createQuery("SELECT * FROM payout_destinations WHERE account_id = ? AND payout_destination_id = ?")
                .bind(0, account.value()).bind(1, id.value()).map(SellerRows.MAPPER).findOne());
    }

    @Override
    public Optional<PayoutDestination> findByOrganizationNumber(AccountId account, OrganizationNumber number) {
        return db.with(h -> h.createQuery("""
                        SELECT * FROM payout_destinations
                        WHERE account_id = ? AND country_code = ? AND organization_number = ?""")
                .bind(0, account.value()).bind(1, number.country().value()).bind(2, number.value())
                .map(SellerRows.MAPPER).findOne());
    }

    @Override
    public Page<PayoutDestination> list(PayoutDestinationQuery query) {
        Cursor after = query.page().after().orElse(new Cursor(Long.MIN_VALUE, ""));
        List<PayoutDestination> fetched = db.with(h -> h.createQuery("""
                        SELECT * FROM payout_destinations
                        WHERE account_id = :account
                          AND (:status IS NULL OR case_status = :status)
                          AND (created_at, payout_destination_id) > (:after_position, :after_tie)
                        ORDER BY created_at, payout_destination_id
                        LIMIT :fetch""")
                .bind("account", query.account().value())
                .bind("status", query.caseStatus().map(Enum::name).orElse(null))
                .bind("after_position", after.position()).bind("after_tie", after.tieBreaker())
                .bind("fetch", query.page().limit() + 1)
                .map(SellerRows.MAPPER).list());
        return Page.of(fetched, query.page().limit(), Ordering::of);
    }
}
