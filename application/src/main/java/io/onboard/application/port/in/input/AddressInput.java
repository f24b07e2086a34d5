package io.onboard.application.port.in.input;

/** A postal address as a client sends it. */
public record AddressInput(String addressLine, String addressLine2, String postalCode, String postalPlace, String country) {
}
