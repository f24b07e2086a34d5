package io.onboard.domain.error;

import java.util.List;

/** Well-formed input that a business rule refuses, such as a store whose organization number differs from its seller's. */
public class RuleViolationException extends DomainException {
    public RuleViolationException(ErrorCode code, String message) {
        super(code, message, List.of());
    }

    public RuleViolationException(ErrorCode code, String message, List<FieldError> fieldErrors) {
        super(code, message, fieldErrors);
    }
}
