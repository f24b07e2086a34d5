package io.onboard.application.service;

import io.onboard.domain.error.DomainException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.FieldError;
import io.onboard.domain.error.ValidationException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a command's raw fields into domain values while gathering every refusal under its field path,
 * so a client learns about all bad fields of a request at once rather than one per attempt.
 */
final class Input {
    private final List<FieldError> errors = new ArrayList<>();
    private final List<ErrorCode> codes = new ArrayList<>();
    private final Set<String> faulty = new HashSet<>();
    /** The messages of refusals that named several fields at once (such as STORE_FIELDS_INCOMPLETE). */
    private final Set<String> summaries = new HashSet<>();

    void reject(String field, String message) {
        reject(field, message, ErrorCode.VALIDATION_ERROR);
    }

    private void reject(String field, String message, ErrorCode code) {
        errors.add(new FieldError(field, message));
        codes.add(code);
        faulty.add(field);
    }

    /** The parsed value of {@code raw}; null when it is absent, or refused (the refusal is recorded). */
    <T> T parse(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return value(field, () -> parser.apply(raw));
    }

    /** The value {@code make} builds from several fields; null, with the refusal recorded, when it refuses. */
    <T> T value(String field, Supplier<T> make) {
        if (isFaulty(field)) {
            return null;
        }
        try {
            return make.get();
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                reject(field, e.getMessage(), e.code());
            } else {
                e.fieldErrors().forEach(error -> reject(error.field(), error.message(), e.code()));
                summaries.add(e.getMessage());
            }
            return null;
        }
    }

    /** Runs a check that refuses with a domain exception; its refusal is recorded like a field's. */
    void check(String field, Runnable check) {
        value(field, () -> {
            check.run();
            return Boolean.TRUE;
        });
    }

    /** Whether {@code field} or any field under it was already refused, so it is not reported twice. */
    boolean isFaulty(String field) {
        return faulty.stream().anyMatch(f -> f.equals(field) || f.startsWith(field + ".") || f.startsWith(field + "["));
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Throws every gathered refusal at once, if there is any. */
    void done() {
        if (errors.isEmpty()) {
            return;
        }
        ValidationException gathered = ValidationException.of(errors, codes);
        boolean oneRefusal = summaries.size() == 1 && gathered.code() != ErrorCode.VALIDATION_ERROR;
        throw oneRefusal ? new ValidationException(gathered.code(), summaries.iterator().next(), errors) : gathered;
    }
}
