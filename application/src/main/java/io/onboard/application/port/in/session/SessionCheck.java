package io.onboard.application.port.in.session;

import io.onboard.domain.enrollment.Readiness;
import io.onboard.domain.error.DomainException;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of a session check: every enrollment check of the terminal, and the refusal a session for
 * that target would get (the same code and field errors as {@link CreateSessionUseCase}), empty when it
 * would be accepted.
 */
public record SessionCheck(Readiness readiness, Optional<DomainException> refusal) {
    public SessionCheck {
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(refusal, "refusal");
    }

    public boolean accepted() {
        return refusal.isEmpty();
    }
}
