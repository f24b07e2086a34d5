package io.onboard.application.port.in.input;

import io.onboard.domain.common.CountryCode;

/** A postal address as a client sends it; in Java, build it with {@link #builder()}. */
public record AddressInput(String addressLine, String addressLine2, String postalCode, String postalPlace, String country) {
    public static Builder builder() {
        return new Builder();
    }

    /** Names each line of an address; the domain checks the whole when a use case takes it. */
    public static final class Builder {
        private String addressLine;
        private String addressLine2;
        private String postalCode;
        private String postalPlace;
        private String country;

        private Builder() {
        }

        public Builder addressLine(String addressLine) {
            this.addressLine = addressLine;
            return this;
        }

        public Builder addressLine2(String addressLine2) {
            this.addressLine2 = addressLine2;
            return this;
        }

        public Builder postalCode(String postalCode) {
            this.postalCode = postalCode;
            return this;
        }

        public Builder postalPlace(String postalPlace) {
            this.postalPlace = postalPlace;
            return this;
        }

        /** ISO 3166-1 alpha-2, such as {@code NO}. */
        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder country(CountryCode country) {
            return country(country.value());
        }

        public AddressInput build() {
            return new AddressInput(addressLine, addressLine2, postalCode, postalPlace, country);
        }
    }
}
