package io.onboard.representation;

import io.onboard.domain.common.Address;

/** {@code address} in responses. */
public record AddressJson(String addressLine, String addressLine2, String postalCode, String postalPlace, String country) {
    static AddressJson from(Address address) {
        return address == null ? null : new AddressJson(address.addressLine(), address.addressLine2(),
                address.postalCode(), address.postalPlace(), address.country().value());
    }
}
