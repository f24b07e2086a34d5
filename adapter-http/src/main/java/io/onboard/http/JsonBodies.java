package io.onboard.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.onboard.representation.Json;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * Reads a request body into a request record with the API's one strict {@link Json#mapper()}, and turns
 * every way that can fail into a 400 naming the field at fault, in words rather than Jackson's messages
 * (which name Java classes).
 */
final class JsonBodies {
    private JsonBodies() {
    }

    /** The body as {@code type}; an empty body is refused. */
    static <T> T read(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new HttpError(400, HttpError.MALFORMED_JSON, "the request body is empty; send a JSON object");
        }
        JsonNode tree = tree(body);
        if (!tree.isObject()) {
            throw new HttpError(400, HttpError.MALFORMED_JSON, "the request body must be a JSON object");
        }
        try {
            return Json.mapper().treeToValue(tree, type);
        } catch (UnrecognizedPropertyException e) {
            throw HttpError.field(HttpError.UNKNOWN_FIELD, path(e), "is not a field of this request");
        } catch (JsonMappingException e) {
            throw HttpError.field(HttpError.INVALID_TYPE, path(e), "must be " + expected(e));
        } catch (JsonProcessingException e) {
            throw new HttpError(400, HttpError.MALFORMED_JSON, "the request body could not be read as JSON");
        }
    }

    /** For calls without a body: nothing, or an empty JSON object. */
    static void requireNone(byte[] body) {
        if (body.length > 0 && tree(body).size() > 0) {
            throw new HttpError(400, HttpError.UNKNOWN_FIELD, "this call takes no request body fields");
        }
    }

    private static JsonNode tree(byte[] body) {
        requireUtf8(body);
        try {
            JsonNode tree = Json.mapper().readTree(body);
            if (tree == null || tree.isMissingNode()) {
                throw new HttpError(400, HttpError.MALFORMED_JSON, "the request body is empty; send a JSON object");
            }
            requireWholeCharacters(tree);
            return tree;
        } catch (StreamConstraintsException e) {
            throw new HttpError(400, HttpError.MALFORMED_JSON,
                    "the request body is nested too deeply or holds a number or text that is too long");
        } catch (InputCoercionException e) {
            throw new HttpError(400, HttpError.INVALID_TYPE, "the request body holds a number out of range");
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new HttpError(400, HttpError.MALFORMED_JSON, where == null
                    ? "the request body is not valid JSON"
                    : "the request body is not valid JSON (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")");
        } catch (IOException e) {
            throw new HttpError(400, HttpError.MALFORMED_JSON, "the request body could not be read");
        }
    }

    private static void requireUtf8(byte[] body) {
        try {
            StrictUtf8.decode(body);
        } catch (IllegalArgumentException notUtf8) {
            throw new HttpError(400, HttpError.MALFORMED_JSON, notUtf8.getMessage());
        }
    }

    /** Refuses a lone surrogate written as an escape ({@code "a\ud800b"}), which no storage keeps as sent. */
    private static void requireWholeCharacters(JsonNode node) {
        if (node.isTextual()) {
            requireWholeCharacters(node.textValue());
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                requireWholeCharacters(field.getKey());
                requireWholeCharacters(field.getValue());
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                requireWholeCharacters(element);
            }
        }
    }

    private static void requireWholeCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new HttpError(400, HttpError.MALFORMED_JSON,
                        "the request body holds a lone surrogate (\\u" + Integer.toHexString(c) + "), which is no character");
            }
        }
    }

    /** {@code order.store.id}, {@code bank_accounts[0].bank_account_number}: the names as the client sent them. */
    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private static String expected(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
        if (type == null) {
            return "a value of the documented type";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number within range";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "a value of the documented type";
    }
}
