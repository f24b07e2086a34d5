package io.onboard.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.FieldError;
import java.util.List;

/** SPEC 6's error body: {@code {"error": {"code", "message", "errors": [{"field", "message"}]}}}. */
public record ErrorResponse(Body error) {

    /** The error itself; {@code errors} appears only when particular fields are at fault. */
    public record Body(String code, String message,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldErrorJson> errors) {
    }

    /** One field at fault. */
    public record FieldErrorJson(String field, String message) {
        static FieldErrorJson from(FieldError error) {
            return new FieldErrorJson(error.field(), error.message());
        }
    }

    public static ErrorResponse from(DomainException refusal) {
        return of(refusal.code().name(), refusal.getMessage(), refusal.fieldErrors());
    }

    public static ErrorResponse of(String code, String message, List<FieldError> errors) {
        return new ErrorResponse(new Body(code, message, errors.stream().map(FieldErrorJson::from).toList()));
    }
}
