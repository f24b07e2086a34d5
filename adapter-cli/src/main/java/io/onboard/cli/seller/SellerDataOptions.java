package io.onboard.cli.seller;

import io.onboard.application.port.in.input.BankAccountInput;
import io.onboard.application.port.in.input.OrganizationInput;
import io.onboard.cli.console.AddressOptions;
import io.onboard.cli.console.ContactOptions;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The KYC data a seller gives on applying and may complete or correct with its declaration or when asked
 * for details: organization names, address, contact, bank account and payout interval.
 */
final class SellerDataOptions {
    @Option(names = "--organization-name", paramLabel = "<name>", description = "Registered name of the organization (organization.name).")
    private String organizationName;

    @Option(names = "--trade-name", paramLabel = "<name>", description = "Name the organization trades under (organization.trade_name).")
    private String tradeName;

    @Mixin
    private AddressOptions address;

    @Mixin
    private ContactOptions contact;

    @Mixin
    private BankAccountOptions bankAccount;

    @Option(names = "--payout-interval", paramLabel = "<interval>",
            description = "How often funds are paid out: day, week, month or manual (payout_interval_type).")
    private String payoutInterval;

    OrganizationInput organization() {
        return organizationName == null && tradeName == null ? null : new OrganizationInput(organizationName, tradeName);
    }

    AddressOptions address() {
        return address;
    }

    ContactOptions contact() {
        return contact;
    }

    List<BankAccountInput> bankAccounts() {
        return bankAccount.toInput();
    }

    String payoutInterval() {
        return payoutInterval;
    }
}
