package io.onboard.domain.error;

import java.util.List;
import java.util.Objects;

/**
 * A refusal by a domain or application rule. The subtype says what kind of refusal it is (bad input,
 * unknown resource, state conflict, ...), the code says exactly which rule, and the message is meant
 * for the person who sent the request.
 */
public abstract class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> fieldErrors;

    protected DomainException(ErrorCode code, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    /** The fields at fault, empty when the refusal is not about particular fields. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
