package io.onboard.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.onboard.domain.enrollment.CheckResult;
import io.onboard.domain.enrollment.Readiness;
import java.util.List;

/** Every enrollment check of a terminal; a failed check also carries the code SPEC 5 gives it. */
public record ReadinessResponse(String terminalId, boolean enrolled, List<Check> checks) {

    /** One check: its name, whether it passed, why, and its failure code when it failed. */
    public record Check(String check, boolean ok, String detail, @JsonInclude(JsonInclude.Include.NON_NULL) String code) {
        static Check from(CheckResult result) {
            return new Check(result.check().wireName(), result.ok(), result.detail(),
                    result.ok() ? null : result.check().failureCode().name());
        }
    }

    public static ReadinessResponse from(Readiness readiness) {
        return new ReadinessResponse(readiness.terminalId(), readiness.enrolled(),
                readiness.checks().stream().map(Check::from).toList());
    }
}
