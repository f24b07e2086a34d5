package io.onboard.application.port.in;

import io.onboard.application.paging.Cursor;

/** What the builders of list queries share: how many items a page holds and where the page starts. */
public abstract class ListQueryBuilder<B extends ListQueryBuilder<B>> {
    /** Null: the default page size (10). */
    protected Integer limit;
    /** Null: the first page. */
    protected String startingAfter;

    protected abstract B self();

    /** 1 to 100 items a page. */
    public B limit(int limit) {
        this.limit = limit;
        return self();
    }

    /** The page after {@code cursor}, a previous page's {@code next()}. */
    public B startingAfter(Cursor cursor) {
        this.startingAfter = cursor.encode();
        return self();
    }
}
