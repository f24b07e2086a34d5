package io.onboard.domain.seller;

import io.onboard.domain.common.Text;
import io.onboard.domain.error.InvalidValueException;
import java.time.LocalDate;

/** A private person who sells in their own name: full name and date of birth, as KYC needs them. */
public record Individual(String name, LocalDate birthDate) {
    public Individual {
        name = Text.required(name, 200, "individual name");
        if (birthDate == null) {
            throw new InvalidValueException("individual birth date is required");
        }
        if (birthDate.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new InvalidValueException("individual birth date " + birthDate + " is before 1900");
        }
    }
}
