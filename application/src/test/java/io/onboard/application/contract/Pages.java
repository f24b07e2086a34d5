package io.onboard.application.contract;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Walks a list from its first page on, following each page's cursor the way a client does. */
public final class Pages {
    /** More pages than any contract test lists: a cursor that never ends the list fails instead of hanging. */
    private static final int MAX_PAGES = 50;

    private Pages() {
    }

    public static <T> List<Page<T>> walk(int limit, Function<PageRequest, Page<T>> list) {
        List<Page<T>> pages = new ArrayList<>();
        PageRequest request = PageRequest.first(limit);
        while (true) {
            Page<T> page = list.apply(request);
            pages.add(page);
            if (page.next().isEmpty()) {
                return pages;
            }
            if (pages.size() == MAX_PAGES) {
                throw new AssertionError("still a next cursor after " + MAX_PAGES + " pages: " + pages);
            }
            request = new PageRequest(limit, page.next());
        }
    }

    /** The items of every page, in the order walked. */
    public static <T, R> List<R> items(List<Page<T>> pages, Function<T, R> key) {
        return pages.stream().flatMap(page -> page.items().stream()).map(key).toList();
    }

    public static <T> List<Integer> sizes(List<Page<T>> pages) {
        return pages.stream().map(page -> page.items().size()).toList();
    }
}
