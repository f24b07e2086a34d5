package io.onboard.domain.error;

import java.util.Objects;

/** One input field at fault: its path as clients name it (for example {@code order.store.id}) and why. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
