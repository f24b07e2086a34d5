package io.onboard.jdbc;

import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.seller.ValidatedOrganizationData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * The column groups several tables share: organization names and contact details under a prefix
 * ({@code given_}, {@code validated_}, {@code filled_}), and timestamps as UTC epoch milliseconds.
 */
final class Columns {
    private Columns() {
    }

    static void putOrganization(Map<String, Object> row, String prefix, Organization organization) {
        row.put(prefix + "organization_name", organization == null ? null : organization.name());
        row.put(prefix + "trade_name", organization == null ? null : organization.tradeName());
    }

    static Organization organization(ResultSet rs, String prefix) throws SQLException {
        return new Organization(rs.getString(prefix + "organization_name"), rs.getString(prefix + "trade_name"));
    }

    static void putContact(Map<String, Object> row, String prefix, ContactDetails contact) {
        Address address = contact == null ? null : contact.address();
        row.put(prefix + "address_line", address == null ? null : address.addressLine());
        row.put(prefix + "address_line_2", address == null ? null : address.addressLine2());
        row.put(prefix + "postal_code", address == null ? null : address.postalCode());
        row.put(prefix + "postal_place", address == null ? null : address.postalPlace());
        row.put(prefix + "address_country", address == null ? null : address.country().value());
        row.put(prefix + "phone_number", contact == null ? null : text(contact.phoneNumber(), PhoneNumber::value));
        row.put(prefix + "email", contact == null ? null : text(contact.email(), Email::value));
        row.put(prefix + "website", contact == null ? null : text(contact.website(), Website::value));
    }

    static ContactDetails contact(ResultSet rs, String prefix) throws SQLException {
        String country = rs.getString(prefix + "address_country");
        Address address = country == null ? null : new Address(rs.getString(prefix + "address_line"),
                rs.getString(prefix + "address_line_2"), rs.getString(prefix + "postal_code"),
                rs.getString(prefix + "postal_place"), new CountryCode(country));
        return new ContactDetails(address,
                value(rs.getString(prefix + "phone_number"), PhoneNumber::new),
                value(rs.getString(prefix + "email"), Email::new),
                value(rs.getString(prefix + "website"), Website::new));
    }

    /** Validated data lives in a group whose {@code <prefix>at} column is null when there is none. */
    static void putValidated(Map<String, Object> row, String prefix, ValidatedOrganizationData data) {
        row.put(prefix + "at", data == null ? null : millis(data.validatedAt()));
        putOrganization(row, prefix, data == null ? null : data.organization());
        putContact(row, prefix, data == null ? null : data.contact());
    }

    static ValidatedOrganizationData validated(ResultSet rs, String prefix) throws SQLException {
        Instant at = instant(rs, prefix + "at");
        return at == null ? null : new ValidatedOrganizationData(organization(rs, prefix), contact(rs, prefix), at);
    }

    /** A nullable INTEGER column: {@code getObject(column, Long.class)} fails on NULL in sqlite-jdbc. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static <T> T value(String text, Function<String, T> parse) {
        return text == null ? null : parse.apply(text);
    }

    private static <T> String text(T value, Function<T, String> show) {
        return value == null ? null : show.apply(value);
    }
}
