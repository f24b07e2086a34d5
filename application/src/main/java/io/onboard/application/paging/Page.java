package io.onboard.application.paging;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list in creation order, and the cursor of the next page when there is one. */
public record Page<T>(List<T> items, Optional<Cursor> next) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page made of the first {@code limit} of {@code fetched}, where storage fetched one item more than
     * asked so the presence of a next page is known without a second query.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
