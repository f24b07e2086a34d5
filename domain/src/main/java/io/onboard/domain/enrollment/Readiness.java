package io.onboard.domain.enrollment;

import java.util.List;
import java.util.Objects;

/** Every enrollment check of one terminal; it is enrolled only when all of them pass. */
public record Readiness(String terminalId, List<CheckResult> checks) {
    public Readiness {
        Objects.requireNonNull(terminalId, "terminalId");
        checks = List.copyOf(checks);
    }

    public boolean enrolled() {
        return checks.stream().allMatch(CheckResult::ok);
    }

    public List<CheckResult> failures() {
        return checks.stream().filter(check -> !check.ok()).toList();
    }
}
