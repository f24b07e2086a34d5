package io.onboard.application.port.in.seller;

import io.onboard.application.port.in.Required;
import io.onboard.application.port.in.input.IndividualInput;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.common.CountryCode;
import io.onboard.domain.seller.LegalEntityType;
import io.onboard.domain.seller.OrganizationNumber;
import io.onboard.domain.seller.PayoutDestinationId;

/** Builds an {@link ApplyForPayoutDestinationCommand}, each part by name; the domain checks the values when it runs. */
public final class ApplyForPayoutDestinationCommandBuilder extends SellerDataParts<ApplyForPayoutDestinationCommandBuilder> {
    private AccountId account;
    private String payoutDestinationId;
    private String name;
    private String description;
    private String type;
    private String countryCode;
    private String organizationNumber;
    private IndividualInput individual;

    ApplyForPayoutDestinationCommandBuilder() {
    }

    @Override
    protected ApplyForPayoutDestinationCommandBuilder self() {
        return this;
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

    /** A registered company, by an organization number already checked by the domain. */
    public ApplyForPayoutDestinationCommandBuilder company(OrganizationNumber organizationNumber) {
        return company(organizationNumber.country(), organizationNumber.value());
    }

    /** A private person selling in their own name. */
    public ApplyForPayoutDestinationCommandBuilder individual(IndividualInput person) {
        this.type = LegalEntityType.INDIVIDUAL.wireName();
        this.individual = person;
        return this;
    }

    public ApplyForPayoutDestinationCommand build() {
        Required.parts().part("account_id", account).part("payout_destination_id", payoutDestinationId)
                .part("type", type).check();
        return new ApplyForPayoutDestinationCommand(account, payoutDestinationId, name, description, type, countryCode,
                organizationNumber, organization, individual, address, phoneNumber, email, website,
                bankAccounts(), payoutInterval);
    }
}
