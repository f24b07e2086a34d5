package io.onboard.cli.console;

import io.onboard.domain.error.FieldError;
import java.util.List;

/**
 * Input the CLI itself refuses before any use case sees it, reported like a domain refusal ({@code CODE:
 * message}, exit 1): a JSON body with an unknown field ({@code UNKNOWN_FIELD}, as the HTTP API says) or a
 * value of the wrong type ({@code VALIDATION_ERROR}).
 */
public final class RejectedInput extends RuntimeException {
    private final String code;
    private final transient List<FieldError> fieldErrors;

    public RejectedInput(String code, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
