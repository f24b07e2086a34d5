package io.onboard.domain.error;

import java.util.List;

/**
 * A value object refused its value. It does not know which input field the value came from; the
 * application attaches the field path when it gathers the errors of a whole request.
 */
public class InvalidValueException extends DomainException {
    public InvalidValueException(String message) {
        this(ErrorCode.VALIDATION_ERROR, message);
    }

    public InvalidValueException(ErrorCode code, String message) {
        super(code, message, List.of());
    }
}
