package io.onboard.application.paging;

import io.onboard.domain.error.InvalidValueException;
import java.util.Optional;

/** Which page of a list to return: at most {@code limit} items after {@code after} (from the start when empty). */
public record PageRequest(int limit, Optional<Cursor> after) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit must be between 1 and " + MAX_LIMIT);
        }
        after = after == null ? Optional.empty() : after;
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    /** From a client's raw parameters: a null limit means the default, a null cursor the first page. */
    public static PageRequest of(Integer limit, String startingAfter) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit,
                startingAfter == null || startingAfter.isEmpty() ? Optional.empty() : Optional.of(Cursor.decode(startingAfter)));
    }
}
