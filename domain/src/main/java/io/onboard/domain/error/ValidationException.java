package io.onboard.domain.error;

import java.util.List;

/** The request's input is malformed; every field at fault is listed at once. */
public class ValidationException extends DomainException {
    public ValidationException(ErrorCode code, String message, List<FieldError> fieldErrors) {
        super(code, message, fieldErrors);
    }

    /** All the field errors of one request; a single shared specific code wins over the generic one. */
    public static ValidationException of(List<FieldError> errors, List<ErrorCode> codes) {
        ErrorCode code = codes.stream().distinct().count() == 1 ? codes.get(0) : ErrorCode.VALIDATION_ERROR;
        String message = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ValidationException(code, message, errors);
    }
}
