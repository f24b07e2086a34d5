package io.onboard.application.service;

import io.onboard.domain.error.PreconditionFailedException;

/** The {@code If-Match} rule: a change based on an older read of a resource is refused, not silently merged. */
final class Versions {
    private Versions() {
    }

    static void require(Long expected, long actual, String what, String id) {
        if (expected != null && expected != actual) {
            throw new PreconditionFailedException(what, id);
        }
    }
}
