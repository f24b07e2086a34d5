package io.onboard.domain.common;

import java.util.Objects;

/**
 * A postal address. {@code addressLine2} may be null; the rest is required, because an address that
 * cannot be delivered to is no use to KYC or to a store's receipts.
 */
public record Address(String addressLine, String addressLine2, String postalCode, String postalPlace, CountryCode country) {
    public Address {
        addressLine = Text.required(addressLine, 200, "address line");
        addressLine2 = Text.optional(addressLine2, 200, "address line 2");
        postalCode = Text.required(postalCode, 20, "postal code");
        postalPlace = Text.required(postalPlace, 100, "postal place");
        Objects.requireNonNull(country, "country");
    }
}
