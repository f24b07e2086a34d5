package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.Required;
import io.onboard.application.port.in.input.AddressInput;
import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.IndividualInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.seller.LegalEntityType;
import io.onboard.domain.seller.PayoutDestinationId;
import io.onboard.domain.seller.PayoutInterval;
import java.util.List;

/** Builds an {@link ApplyForPayoutDestinationCommand}, each part by name; the domain checks the values when it runs. */
public final class ApplyForPayoutDestinationCommandBuilder {
    private AccountId account;
    private String payoutDestinationId;
    private String name;
    private String description;
    private String type;
    private String countryCode;
    private String organizationNumber;
    private OrganizationInput organization;
    private IndividualInput individual;
    private AddressInput address;
    private String phoneNumber;
    private String email;
    private String website;
    private BankAccountInput bankAccount;
    private String payoutInterval;

    ApplyForPayoutDestinationCommandBuilder() {
    }

    public ApplyForPayoutDestinationCommandBuilder account(AccountId account) {
        this.account = account;
        return this;
    }

    /** The merchant's own id for the seller, such as {@code seller-1}. */
    public ApplyForPayoutDestinationCommandBuilder payoutDestinationId(String id) {
        this.payoutDestinationId = id;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder payoutDestinationId(PayoutDestinationId id) {
        return payoutDestinationId(id.value());
    }

    public ApplyForPayoutDestinationCommandBuilder name(String name) {
        this.name = name;
        return this;
    }

    /** Free text; in a test-mode account {@code AUTO_APPROVE} and its siblings skip ahead (see the README). */
    public ApplyForPayoutDestinationCommandBuilder description(String description) {
        this.description = description;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder type(LegalEntityType type) {
        this.type = type.wireName();
        return this;
    }

    /** A registered company: its country and organization number, checked with that country's checksum. */
    public ApplyForPayoutDestinationCommandBuilder company(CountryCode country, String organizationNumber) {
        this.type = LegalEntityType.COMPANY.wireName();
        this.countryCode = country.value();
        this.organizationNumber = organizationNumber;
        return this;
    }

    /** A private person selling in their own name. */
    public ApplyForPayoutDestinationCommandBuilder individual(IndividualInput person) {
        this.type = LegalEntityType.INDIVIDUAL.wireName();
        this.individual = person;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder organization(OrganizationInput organization) {
        this.organization = organization;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder address(AddressInput address) {
        this.address = address;
        return this;
    }

    /** E.164, such as {@code +4722334455}. */
    public ApplyForPayoutDestinationCommandBuilder phoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder email(String email) {
        this.email = email;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder website(String website) {
        this.website = website;
        return this;
    }

    /** The one bank account payouts go to. */
    public ApplyForPayoutDestinationCommandBuilder bankAccount(BankAccountInput bankAccount) {
        this.bankAccount = bankAccount;
        return this;
    }

    public ApplyForPayoutDestinationCommandBuilder payoutInterval(PayoutInterval interval) {
        this.payoutInterval = interval.wireName();
        return this;
    }

    public ApplyForPayoutDestinationCommand build() {
        Required.parts().part("account_id", account).part("payout_destination_id", payoutDestinationId)
                .part("type", type).check();
        return new ApplyForPayoutDestinationCommand(account, payoutDestinationId, name, description, type, countryCode,
                organizationNumber, organization, individual, address, phoneNumber, email, website,
                bankAccount == null ? null : List.of(bankAccount), payoutInterval);
    }
}
