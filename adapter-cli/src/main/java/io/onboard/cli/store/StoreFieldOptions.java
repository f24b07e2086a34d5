package io.onboard.cli.store;

import io.onboard.application.port.in.input.CoordinatesInput;
import io.onboard.application.port.in.store.PayoutDestinationRefInput;
import io.onboard.application.port.in.store.StoreOrganizationInput;
import io.onboard.cli.console.AddressOptions;
import io.onboard.cli.console.ContactOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * A store's fields as options. Linked to an ACTIVE seller, every address, contact and organization-name field
 * left empty is filled from the seller's validated organization data; fields given are kept.
 */
final class StoreFieldOptions {
    @Option(names = "--name", paramLabel = "<name>", description = "The store's name, up to 100 characters (store_name).")
    String name;

    @Option(names = "--seller", paramLabel = "<payout_destination_id>",
            description = "The seller the store is linked to; it must exist in the account and may still be in KYC "
                    + "(its terminals are then not enrolled).")
    String seller;

    @Option(names = "--organization-number", paramLabel = "<number>",
            description = "Must equal the seller's (ORGANIZATION_MISMATCH otherwise); left out, it is taken from the seller.")
    private String organizationNumber;

    @Option(names = "--organization-name", paramLabel = "<name>", description = "Name on receipts (organization.name).")
    private String organizationName;

    @Option(names = "--trade-name", paramLabel = "<name>", description = "Trade name on receipts (organization.trade_name).")
    private String tradeName;

    @Mixin
    AddressOptions address;

    @Mixin
    ContactOptions contact;

    @Option(names = "--latitude", paramLabel = "<degrees>", description = "Map position (coordinates.latitude), with --longitude.")
    private Double latitude;

    @Option(names = "--longitude", paramLabel = "<degrees>", description = "Map position (coordinates.longitude), with --latitude.")
    private Double longitude;

    StoreOrganizationInput organization() {
        return organizationNumber == null && organizationName == null && tradeName == null ? null
                : new StoreOrganizationInput(organizationNumber, organizationName, tradeName);
    }

    PayoutDestinationRefInput sellerRef() {
        return seller == null ? null : new PayoutDestinationRefInput(seller);
    }

    CoordinatesInput coordinates() {
        return latitude == null && longitude == null ? null : new CoordinatesInput(latitude, longitude);
    }
}
