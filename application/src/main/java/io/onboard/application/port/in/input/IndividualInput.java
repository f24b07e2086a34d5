package io.onboard.application.port.in.input;

/** A private seller's identity as a client sends it; {@code birthDate} is an ISO date (1980-12-31). */
public record IndividualInput(String name, String birthDate) {
}
