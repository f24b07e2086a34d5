package io.onboard.domain.common;

import io.onboard.domain.error.InvalidValueException;

/** Rules shared by every free-text field: trimmed, bounded, and free of control characters. */
public final class Text {
    private Text() {
    }

    /** A required single-line text of at most {@code max} characters. */
    public static String required(String value, int max, String what) {
        String text = optional(value, max, what);
        if (text == null) {
            throw new InvalidValueException(what + " is required");
        }
        return text;
    }

    /** An optional single-line text: blank becomes null, otherwise as {@link #required}. */
    public static String optional(String value, int max, String what) {
        return check(value, max, what, false);
    }

    /** An optional text that may span lines (descriptions), still without other control characters. */
    public static String optionalMultiline(String value, int max, String what) {
        return check(value, max, what, true);
    }

    private static String check(String value, int max, String what, boolean multiline) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidValueException(what + " must be at most " + max + " characters");
        }
        boolean hasControl = text.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
        if (hasControl) {
            throw new InvalidValueException(what + " must not contain control characters");
        }
        return text;
    }
}
