package io.onboard.cli.console;

import io.onboard.application.port.in.input.AddressInput;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** A postal address given as options; {@code null} when none of them is given. */
public final class AddressOptions {
    @Option(names = "--address-line", paramLabel = "<line>", description = "Street and number (address.address_line).")
    private String line;

    @Option(names = "--address-line-2", paramLabel = "<line>", description = "Second address line (address.address_line_2).")
    private String line2;

    @Option(names = "--postal-code", paramLabel = "<code>", description = "Postal code (address.postal_code).")
    private String postalCode;

    @Option(names = "--postal-place", paramLabel = "<place>", description = "Postal place or city (address.postal_place).")
    private String postalPlace;

    @Option(names = "--address-country", paramLabel = "<CC>",
            description = "Country of the address, ISO 3166-1 alpha-2 such as NO (address.country).")
    private String country;

    public AddressInput toInput() {
        boolean none = Stream.of(line, line2, postalCode, postalPlace, country).allMatch(v -> v == null);
        return none ? null : new AddressInput(line, line2, postalCode, postalPlace, country);
    }
}
