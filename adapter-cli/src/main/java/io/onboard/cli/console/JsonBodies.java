package io.onboard.cli.console;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.onboard.domain.error.FieldError;
import io.onboard.representation.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads a request body from a file ({@code --file body.json}) exactly as the HTTP API reads it: the same
 * records, the same strictness, the same {@code UNKNOWN_FIELD} and {@code VALIDATION_ERROR} refusals.
 */
public final class JsonBodies {
    private JsonBodies() {
    }

    public static <T> T read(CommandLine command, Path file, Class<T> type) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ParameterException(command, "cannot read --file " + file + ": " + e);
        }
        try {
            T request = Json.mapper().readValue(body, type);
            if (request == null) {
                throw new RejectedInput("VALIDATION_ERROR", file + " holds no JSON object", List.of());
            }
            return request;
        } catch (UnrecognizedPropertyException e) {
            String field = path(e);
            throw new RejectedInput("UNKNOWN_FIELD", "unknown field " + field + " in " + file,
                    List.of(new FieldError(field, "is not a field of this request")));
        } catch (JsonMappingException e) {
            String field = path(e);
            String message = "has the wrong type or shape";
            throw new RejectedInput("VALIDATION_ERROR", field.isEmpty() ? file + " is not a request body of this kind"
                    : field + ": " + message, field.isEmpty() ? List.of() : List.of(new FieldError(field, message)));
        } catch (JacksonException e) {
            throw new RejectedInput("VALIDATION_ERROR", file + " is not valid JSON: " + e.getOriginalMessage(), List.of());
        } catch (IOException e) {
            throw new ParameterException(command, "cannot read --file " + file + ": " + e);
        }
    }

    /** {@code bank_accounts[0].bank_account_number}, as field errors elsewhere name fields. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
