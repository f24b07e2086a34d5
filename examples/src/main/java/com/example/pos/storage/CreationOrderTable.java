package com.example.pos.storage;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import io.onboard.domain.error.NotFoundException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rows of one aggregate, sorted by account and then by creation order ({@code Ordering}), so a page is a
 * walk onwards from the cursor instead of a sort. Rows are versioned: an update must name the stored version.
 */
final class CreationOrderTable<I, T> {
    private final RowType<I, T> type;
    // These two maps are read directly but written only through rows and positions, so each change can be undone.
    private final TreeMap<Place, T> sorted = new TreeMap<>();
    private final Map<I, Place> placesById = new HashMap<>();
    private final UndoableMap<Place, T> rows;
    private final UndoableMap<I, Place> positions;

    CreationOrderTable(RowType<I, T> type, PosTransactions transactions) {
        this.type = type;
        this.rows = new UndoableMap<>(sorted, transactions);
        this.positions = new UndoableMap<>(placesById, transactions);
    }

    Optional<T> find(I id) {
        return positions.get(id).map(sorted::get);
    }

    /** Stores a new row at version 1; its id must be free, which each port checks with its own error. */
    T insert(T row) {
        I id = type.id().apply(row);
        if (placesById.containsKey(id)) {
            throw new IllegalStateException(type.noun() + " " + id + " was stored twice");
        }
        return place(type.storedAt().apply(row, 1L));
    }

    /** Replaces a row read at the version still stored, raising it by one. */
    T update(T changed) {
        I id = type.id().apply(changed);
        T stored = find(id).orElseThrow(() -> new NotFoundException(type.noun(), id.toString()));
        long readAt = type.version().applyAsLong(changed);
        if (type.version().applyAsLong(stored) != readAt) {
            throw new ConflictException(ErrorCode.CONCURRENT_MODIFICATION, type.noun() + " " + id
                    + " changed since it was read (version " + readAt + "); read it again and retry");
        }
        positions.get(id).ifPresent(rows::remove);
        return place(type.storedAt().apply(changed, readAt + 1));
    }

    /** The account's rows in creation order. */
    Stream<T> of(AccountId account) {
        return sorted.tailMap(Place.first(account), true).values().stream()
                .takeWhile(row -> type.account().apply(row).equals(account));
    }

    /** The rows that pass {@code filter}, a page at a time; fetches one more than asked to know of a next page. */
    Page<T> page(AccountId account, PageRequest request, Predicate<T> filter) {
        var after = request.after().map(cursor -> sorted.tailMap(Place.of(account, cursor), false));
        List<T> fetched = after.orElseGet(() -> sorted.tailMap(Place.first(account), true)).values().stream()
                .takeWhile(row -> type.account().apply(row).equals(account))
                .filter(filter)
                .limit(request.limit() + 1L)
                .toList();
        return Page.of(fetched, request.limit(), type.position());
    }

    private T place(T row) {
        Place place = Place.of(type.account().apply(row), type.position().apply(row));
        rows.put(place, row);
        positions.put(type.id().apply(row), place);
        return row;
    }

    /** Where a row sorts: its account, then the position and tie-breaker its cursor would carry. */
    private record Place(String account, long position, String tieBreaker) implements Comparable<Place> {
        private static final Comparator<Place> ORDER = Comparator.comparing(Place::account)
                .thenComparingLong(Place::position).thenComparing(Place::tieBreaker);

        static Place of(AccountId account, Cursor cursor) {
            return new Place(account.value(), cursor.position(), cursor.tieBreaker());
        }

        /** Before every row of the account. */
        static Place first(AccountId account) {
            return new Place(account.value(), Long.MIN_VALUE, "");
        }

        @Override
        public int compareTo(Place other) {
            return ORDER.compare(this, other);
        }
    }
}
