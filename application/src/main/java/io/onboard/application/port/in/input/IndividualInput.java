package io.onboard.application.port.in.input;

import java.time.LocalDate;

/** A private seller's identity as a client sends it; {@code birthDate} is an ISO date (1980-12-31). */
public record IndividualInput(String name, String birthDate) {
    /** A person by name and date of birth. */
    public static IndividualInput of(String name, LocalDate birthDate) {
        return new IndividualInput(name, birthDate == null ? null : birthDate.toString());
    }
}
