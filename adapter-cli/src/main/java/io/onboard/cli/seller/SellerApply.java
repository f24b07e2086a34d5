package io.onboard.cli.seller;

import io.onboard.application.port.in.input.IndividualInput;
import io.onboard.application.port.in.seller.ApplyForPayoutDestinationCommand;
import io.onboard.cli.console.AccountOption;
import io.onboard.cli.console.BodyFile;
import io.onboard.cli.console.Output;
import io.onboard.cli.console.UseCases;
import io.onboard.representation.PayoutDestinationRequest;
import io.onboard.representation.PayoutDestinationResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code onboard seller apply}: a seller applies for KYC. */
@Command(name = "apply", sortOptions = false,
        description = {"A seller applies for KYC; the case starts in WAITING_FOR_DECLARATION.",
            "A company needs --country and --organization-number (checked per country: NO 9 digits MOD11, SE 10 digits "
                    + "Luhn, DK 8 digits MOD11, FI NNNNNNN-N); an individual needs --individual-name and --birth-date. "
                    + "KYC is once per legal entity: a second seller with the same country and organization number in "
                    + "the account is refused (DUPLICATE_LEGAL_ENTITY).",
            "In a test-mode account (T...), --description AUTO_APPROVE, AUTO_DECLINE or AUTO_WAITING_FOR_SIGNATURE puts "
                    + "the case straight into ACTIVE, DECLINED or WAITING_FOR_SIGNATURE.",
            "Give the fields as options, or the HTTP API's JSON body with --file."})
final class SellerApply implements Runnable {
    private final UseCases useCases;

    @Mixin
    private AccountOption account;

    @Option(names = "--id", paramLabel = "<payout_destination_id>",
            description = "The seller's id, chosen by you, unique in the account (letters, digits, _ and -, up to 40).")
    private String id;

    @Option(names = "--type", paramLabel = "<type>", description = "company or individual.")
    private String type;

    @Option(names = "--country", paramLabel = "<CC>", description = "Country of the legal entity, ISO 3166-1 alpha-2 (country_code).")
    private String country;

    @Option(names = "--organization-number", paramLabel = "<number>", description = "The company's organization number.")
    private String organizationNumber;

    @Option(names = "--name", paramLabel = "<name>", description = "The seller's name for people, up to 60 characters (payout_destination_name).")
    private String name;

    @Option(names = "--description", paramLabel = "<text>", description = "Free text, up to 1000 characters (payout_destination_description).")
    private String description;

    @Option(names = "--individual-name", paramLabel = "<name>", description = "An individual seller's full name (individual.name).")
    private String individualName;

    @Option(names = "--birth-date", paramLabel = "<yyyy-mm-dd>", description = "An individual seller's birth date (individual.birth_date).")
    private String birthDate;

    @Mixin
    private SellerDataOptions data;

    @Mixin
    private BodyFile file;

    @Mixin
    private Output output;

    SellerApply(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void run() {
        ApplyForPayoutDestinationCommand command = file.given()
                ? file.read(PayoutDestinationRequest.class).toCommand(account.id())
                : fromOptions();
        output.resource(PayoutDestinationResponse.from(useCases.applyForPayoutDestination().apply(command)));
    }

    private ApplyForPayoutDestinationCommand fromOptions() {
        IndividualInput individual = individualName == null && birthDate == null ? null
                : new IndividualInput(individualName, birthDate);
        return new ApplyForPayoutDestinationCommand(account.id(), id, name, description, type, country,
                organizationNumber, data.organization(), individual, data.address().toInput(), data.contact().phone(),
                data.contact().email(), data.contact().website(), data.bankAccounts(), data.payoutInterval());
    }
}
