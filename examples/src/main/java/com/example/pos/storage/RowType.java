package com.example.pos.storage;

import io.onboard.application.paging.Cursor;
import io.onboard.domain.account.AccountId;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What a {@link CreationOrderTable} needs to know of the aggregate it holds: the domain types share no
 * interface, so each port names its aggregate's id, account, place in creation order and version.
 */
record RowType<I, T>(String noun, Function<T, I> id, Function<T, AccountId> account, Function<T, Cursor> position,
                     ToLongFunction<T> version, BiFunction<T, Long, T> storedAt) {
}
