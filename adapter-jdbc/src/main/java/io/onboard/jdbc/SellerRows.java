package io.onboard.jdbc;

import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.seller.BankAccount;
import io.onboard.domain.seller.BankAccountType;
import io.onboard.domain.seller.CaseData;
import io.onboard.domain.seller.CaseStatus;
import io.onboard.domain.seller.Individual;
import io.onboard.domain.seller.LegalEntity;
import io.onboard.domain.seller.LegalEntityType;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestination;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A seller to and from a {@code payout_destinations} row, by named columns. */
final class SellerRows implements RowMapper<PayoutDestination> {
    static final SellerRows MAPPER = new SellerRows();

    static Map<String, Object> columns(PayoutDestination seller, long version) {
        Map<String, Object> row = new HashMap<>();
        LegalEntity entity = seller.legalEntity();
        CaseData data = seller.data();
        BankAccount bank = data.bankAccount();
        row.put("account_id", seller.accountId().value());
        row.put("payout_destination_id", seller.id().value());
        row.put("name", seller.name().orElse(null));
        row.put("description", seller.description().orElse(null));
        row.put("type", entity.type().name());
        row.put("country_code", entity.country() == null ? null : entity.country().value());
        row.put("organization_number", entity.organizationNumber() == null ? null : entity.organizationNumber().value());
        row.put("individual_name", entity.individual() == null ? null : entity.individual().name());
        row.put("individual_birth_date", entity.individual() == null ? null : entity.individual().birthDate().toString());
        Columns.putOrganization(row, "given_", data.organization());
        Columns.putContact(row, "given_", data.contact());
        row.put("bank_account_number", bank == null ? null : bank.number());
        row.put("bank_account_number_type", bank == null ? null : bank.type().name());
        row.put("bank_account_currency", bank == null ? null : bank.currency().value());
        row.put("bank_account_country_code", bank == null ? null : bank.country().value());
        row.put("bank_identification_code", bank == null ? null : bank.bankIdentificationCode());
        row.put("payout_interval", data.payoutInterval() == null ? null : data.payoutInterval().name());
        row.put("case_status", seller.caseStatus().name());
        row.put("case_reason", seller.caseReason().orElse(null));
        Columns.putValidated(row, "validated_", seller.validatedData().orElse(null));
        row.put("created_at", Columns.millis(seller.createdAt()));
        row.put("updated_at", Columns.millis(seller.updatedAt()));
        row.put("version", version);
        return row;
    }

    @Override
    public PayoutDestination map(ResultSet rs, StatementContext ctx) throws SQLException {
        String country = rs.getString("country_code");
        CountryCode countryCode = country == null ? null : new CountryCode(country);
        String number = rs.getString("organization_number");
        LegalEntity entity = LegalEntityType.valueOf(rs.getString("type")) == LegalEntityType.COMPANY
                ? LegalEntity.company(new OrganizationNumber(countryCode, number))
                : LegalEntity.individual(new Individual(rs.getString("individual_name"),
                        LocalDate.parse(rs.getString("individual_birth_date"))), countryCode);
        String bankNumber = rs.getString("bank_account_number");
        BankAccount bank = bankNumber == null ? null : new BankAccount(bankNumber,
                BankAccountType.valueOf(rs.getString("bank_account_number_type")),
                new CurrencyCode(rs.getString("bank_account_currency")),
                new CountryCode(rs.getString("bank_account_country_code")), rs.getString("bank_identification_code"));
        CaseData data = new CaseData(Columns.organization(rs, "given_"), Columns.contact(rs, "given_"), bank,
                Columns.value(rs.getString("payout_interval"), PayoutInterval::valueOf));
        return PayoutDestination.restore(new AccountId(rs.getString("account_id")),
                new PayoutDestinationId(rs.getString("payout_destination_id")), rs.getString("name"),
                rs.getString("description"), entity, data, CaseStatus.valueOf(rs.getString("case_status")),
                rs.getString("case_reason"), Columns.validated(rs, "validated_"), Columns.instant(rs, "created_at"),
                Columns.instant(rs, "updated_at"), rs.getLong("version"));
    }
}
