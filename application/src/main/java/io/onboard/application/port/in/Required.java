package io.onboard.application.port.in;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the builders of commands and queries check when they build: every required part is there. A missing
 * part is reported under the field name an API client uses, all of them at once, as the use cases do.
 */
public final class Required {
    private final List<FieldError> missing = new ArrayList<>();

    private Required() {
    }

    public static Required parts() {
        return new Required();
    }

    /**
     * Notes {@code field} as missing when {@code value} is null or a blank string, in the words Bean Validation
     * uses for the same omission in a use case.
     */
    public Required part(String field, Object value) {
        if (value == null) {
            missing.add(new FieldError(field, "must not be null"));
        } else if (value instanceof String text && text.isBlank()) {
            missing.add(new FieldError(field, "must not be blank"));
        }
        return this;
    }

    /** Throws {@code VALIDATION_ERROR} naming every missing part, if any. */
    public void check() {
        if (!missing.isEmpty()) {
            throw ValidationException.of(List.copyOf(missing), List.of(ErrorCode.VALIDATION_ERROR));
        }
    }
}
