package io.onboard.domain.seller;

import io.onboard.domain.common.CountryCode;
import io.onboard.domain.error.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the seller legally is. A company has a country and an organization number of that country; an
 * individual has a name and birth date and no organization number. KYC runs once per legal entity, so
 * this never changes after the application.
 */
public record LegalEntity(LegalEntityType type, CountryCode country, OrganizationNumber organizationNumber,
                          Individual individual) {
    public LegalEntity {
        Objects.requireNonNull(type, "type");
        if (type == LegalEntityType.COMPANY) {
            if (country == null || organizationNumber == null) {
                throw new InvalidValueException("a company needs a country code and an organization number");
            }
            if (!organizationNumber.country().equals(country)) {
                throw new InvalidValueException("organization number is of " + organizationNumber.country()
                        + " but the country code is " + country);
            }
            if (individual != null) {
                throw new InvalidValueException("a company has no individual details");
            }
        } else {
            if (individual == null) {
                throw new InvalidValueException("an individual needs a name and a birth date");
            }
            if (organizationNumber != null) {
                throw new InvalidValueException("an individual has no organization number");
            }
        }
    }

    public static LegalEntity company(OrganizationNumber number) {
        return new LegalEntity(LegalEntityType.COMPANY, number.country(), number, null);
    }

    public static LegalEntity individual(Individual person, CountryCode country) {
        return new LegalEntity(LegalEntityType.INDIVIDUAL, country, null, person);
    }

    public Optional<OrganizationNumber> organizationNumberIfAny() {
        return Optional.ofNullable(organizationNumber);
    }
}
