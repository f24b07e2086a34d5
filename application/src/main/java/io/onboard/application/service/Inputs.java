package io.onboard.application.service;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.domain.common.Address;
import io.onboard.domain.common.ContactDetails;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.common.CurrencyCode;
import io.onboard.domain.common.Email;
import io.onboard.domain.common.PhoneNumber;
import io.onboard.domain.common.Website;
import io.onboard.domain.error.InvalidValueException;
import io.onboard.domain.seller.BankAccount;
import io.onboard.domain.seller.BankAccountType;
import io.onboard.domain.seller.Organization;
import io.onboard.domain.store.Coordinates;
import java.util.List;
import java.util.Optional;

/** Maps the input records shared by several commands to domain values, recording refusals in an {@link Input}. */
final class Inputs {
    private Inputs() {
    }

    static Address address(Input in, String field, AddressInput address) {
        if (address == null) {
            return null;
        }
        CountryCode country = in.parse(field + ".country", address.country(), CountryCode::of);
        if (country == null) {
            return null;
        }
        return in.value(field, () -> new Address(address.addressLine(), address.addressLine2(), address.postalCode(),
                address.postalPlace(), country));
    }

    static ContactDetails contact(Input in, AddressInput address, String phoneNumber, String email, String website) {
        return new ContactDetails(
                address(in, "address", address),
                in.parse("phone_number", phoneNumber, PhoneNumber::new),
                in.parse("email", email, Email::new),
                in.parse("website", website, Website::new));
    }

    static Organization organization(Input in, String field, OrganizationInput organization) {
        if (organization == null) {
            return null;
        }
        return in.value(field, () -> new Organization(organization.name(), organization.tradeName()));
    }

    /** The one bank account of {@code bank_accounts}; the list's size is checked by the command's constraints. */
    static BankAccount bankAccount(Input in, List<BankAccountInput> accounts) {
        if (accounts == null || accounts.size() != 1 || accounts.get(0) == null) {
            return null;
        }
        String field = "bank_accounts[0]";
        BankAccountInput account = accounts.get(0);
        BankAccountType type = in.parse(field + ".bank_account_number_type", account.bankAccountNumberType(), Inputs::bankAccountType);
        CurrencyCode currency = in.parse(field + ".bank_account_currency", account.bankAccountCurrency(), CurrencyCode::of);
        CountryCode country = in.parse(field + ".bank_account_country_code", account.bankAccountCountryCode(), CountryCode::of);
        if (type == null || currency == null || country == null) {
            return null;
        }
        return in.value(field + ".bank_account_number", () -> new BankAccount(account.bankAccountNumber(), type, currency,
                country, account.bankIdentificationCode()));
    }

    static Coordinates coordinates(Input in, CoordinatesInput coordinates) {
        if (coordinates == null || coordinates.latitude() == null || coordinates.longitude() == null) {
            return null;
        }
        return in.value("coordinates", () -> new Coordinates(coordinates.latitude(), coordinates.longitude()));
    }

    /** The page a list query asks for: limit (1-100, default 10) and an optional cursor, each checked on its own. */
    static PageRequest page(Input in, Integer limit, String startingAfter) {
        int size = limit == null ? PageRequest.DEFAULT_LIMIT : limit;
        in.check("limit", () -> PageRequest.first(size));
        Cursor cursor = in.parse("starting_after", startingAfter, Cursor::decode);
        return in.isFaulty("limit") || in.isFaulty("starting_after") ? null
                : new PageRequest(size, Optional.ofNullable(cursor));
    }

    private static BankAccountType bankAccountType(String value) {
        for (BankAccountType type : BankAccountType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw new InvalidValueException("bank account number type must be IBAN or BBAN");
    }
}
