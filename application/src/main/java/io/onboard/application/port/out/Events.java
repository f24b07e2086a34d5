package io.onboard.application.port.out;

import io.onboard.application.paging.Cursor;
import io.onboard.application.paging.Page;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import java.time.Instant;
import java.util.Optional;

/**
 * The account's record of changes. Use cases append in the transaction of the change they record, so a change
 * and its event commit or roll back together.
 */
public interface Events {
    /**
     * Stores {@code event} as the account's next: by the time the caller's transaction has committed, its sequence
     * is one more than the account's last event's (1 for the first), even under concurrent writers, and in the order
     * of writing for the events of one transaction or one resource. Lists and finds show an event only once it has
     * its number, so a reader paging by sequence never skips one. Returns it as stored: with its sequence, or 0 if
     * the storage numbers events once their transaction has committed (PostgreSQL's does, so that an account's
     * writers need not take turns across their commits).
     */
    Event append(Event event);

    /** A page of the query's events, in sequence order; each event's cursor is {@link #cursorAfter(Event)}. */
    Page<Event> list(EventQuery query);

    /** Where a list resumes after {@code event}: its sequence, which orders an account's events on its own. */
    static Cursor cursorAfter(Event event) {
        return new Cursor(event.sequence(), "");
    }

    Optional<Event> find(AccountId account, EventId id);

    /**
     * Deletes up to {@code limit} events created before {@code cutoff}, oldest first, and says how many; callers
     * repeat it in short transactions so that a purge never holds writers back for long. A storage may keep an
     * account's newest event whatever its age, if it counts the next number from it.
     */
    int purgeBefore(Instant cutoff, int limit);

    /** The sequence of the account's latest event, 0 before its first: where a new subscriber starts. */
    long lastSequence(AccountId account);
}
