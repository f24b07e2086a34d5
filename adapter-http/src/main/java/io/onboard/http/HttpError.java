package io.onboard.http;

import io.onboard.domain.error.FieldError;
import java.util.List;

/**
 * A refusal decided by the HTTP layer itself (malformed JSON, wrong content type, unknown route, ...), as
 * opposed to a domain refusal. Its codes are not domain codes, so they live here rather than in
 * {@code ErrorCode}.
 */
final class HttpError extends RuntimeException {
    static final String MALFORMED_JSON = "MALFORMED_JSON";
    static final String INVALID_TYPE = "INVALID_TYPE";
    static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    static final String NOT_FOUND = "NOT_FOUND";
    static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    static final String BAD_REQUEST = "BAD_REQUEST";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;

    HttpError(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    HttpError(int status, String code, String message, List<FieldError> fieldErrors) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** A 400 about one field of the request (a query parameter or a body field). */
    static HttpError field(String code, String field, String message) {
        return new HttpError(400, code, field + ": " + message, List.of(new FieldError(field, message)));
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
