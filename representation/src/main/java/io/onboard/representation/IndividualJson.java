package io.onboard.representation;

import io.onboard.domain.seller.Individual;

/** {@code individual} of a private seller in responses. */
public record IndividualJson(String name, String birthDate) {
    static IndividualJson from(Individual individual) {
        return individual == null ? null : new IndividualJson(individual.name(), individual.birthDate().toString());
    }
}
