package io.onboard.domain.enrollment;

import java.util.Objects;

/** The outcome of one enrollment check, with a detail a person can act on. */
public record CheckResult(EnrollmentCheck check, boolean ok, String detail) {
    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(detail, "detail");
    }

    static CheckResult pass(EnrollmentCheck check, String detail) {
        return new CheckResult(check, true, detail);
    }

    static CheckResult fail(EnrollmentCheck check, String detail) {
        return new CheckResult(check, false, detail);
    }
}
