package io.onboard.application.paging;

import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in a list ordered by creation: the sort position of the last item seen and a tie-breaker.
 * Clients see it only as an opaque string, so the ordering key can change without breaking them.
 */
public record Cursor(long position, String tieBreaker) {
    public Cursor {
        Objects.requireNonNull(tieBreaker, "tieBreaker");
    }

    public String encode() {
        String plain = position + ":" + tieBreaker;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String encoded) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            return new Cursor(Long.parseLong(plain.substring(0, colon)), plain.substring(colon + 1));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidValueException(ErrorCode.INVALID_CURSOR,
                    "starting_after is not a cursor this API returned; pass the starting_after of the previous page");
        }
    }

    /** True when an item at ({@code itemPosition}, {@code itemTieBreaker}) comes after this cursor. */
    public boolean isBefore(long itemPosition, String itemTieBreaker) {
        return itemPosition > position || (itemPosition == position && itemTieBreaker.compareTo(tieBreaker) > 0);
    }
}
