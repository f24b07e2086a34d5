package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.application.paging.Page;
import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.Events;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Events}: each account numbers its events 1, 2, 3... in the order they were appended,
 * an event rolls back with the transaction that appended it, and no account sees another's.
 */
public abstract class AbstractEventsContractTest extends PortContractTest {
    protected Events events;

    @BeforeEach
    protected void addAccounts() {
        events = storage.events();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
    }

    @Test
    public void each_account_numbers_its_events_from_one_in_the_order_appended() {
        Event first = append(event(ACCOUNT, EventType.ACCOUNT_STORE_ADD, "T11223351-0001", T0));
        Event other = append(event(OTHER_ACCOUNT, EventType.ACCOUNT_STORE_ADD, "T99887766-0001", T0));
        Event second = append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "T11223351-0001", T0));

        assertThat(List.of(first.sequence(), second.sequence(), other.sequence())).containsExactly(1L, 2L, 1L);
        assertThat(events.find(ACCOUNT, second.id())).contains(second);
    }

    @Test
    public void the_events_of_one_transaction_are_numbered_in_the_order_written() {
        List<Event> written = List.of(event(ACCOUNT, EventType.ACCOUNT_STORE_ADD, "s-1", T0),
                event(ACCOUNT, EventType.ACCOUNT_TERMINAL_ADD, "t-1", T0),
                event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-1", T0));
        inTransaction(() -> written.stream().map(events::append).toList());

        assertThat(events.list(query(ACCOUNT, Optional.empty(), Optional.empty(), 10)).items())
                .containsExactly(written.get(0).at(1), written.get(1).at(2), written.get(2).at(3));
    }

    @Test
    public void concurrent_writers_get_each_number_once_and_a_reader_never_sees_a_number_before_a_lower_one()
            throws Exception {
        int writers = 8;
        int each = 12; // 96 events: one page
        ExecutorService threads = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<? extends Future<?>> written = IntStream.range(0, writers).mapToObj(w -> threads.submit(() -> {
                for (int i = 0; i < each; i++) {
                    inTransaction(() -> events.append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-" + w, T0)));
                }
            })).toList();
            Future<List<List<Long>>> read = threads.submit(() -> {
                List<List<Long>> seen = new ArrayList<>();
                while (writing.get()) {
                    seen.add(sequences(events.list(query(ACCOUNT, Optional.empty(), Optional.empty(), 100))));
                }
                return seen;
            });
            for (Future<?> writer : written) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);

            assertThat(read.get(60, TimeUnit.SECONDS)).allSatisfy(seen -> assertThat(seen)
                    .as("what a reader sees is the account's events from the first, without a hole")
                    .isEqualTo(LongStream.rangeClosed(1, seen.size()).boxed().toList()));
            assertThat(sequences(events.list(query(ACCOUNT, Optional.empty(), Optional.empty(), 100))))
                    .isEqualTo(LongStream.rangeClosed(1, writers * each).boxed().toList());
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void the_last_sequence_is_the_accounts_latest_event_and_zero_before_its_first() {
        assertThat(events.lastSequence(ACCOUNT)).isZero();
        events.append(event(ACCOUNT, EventType.ACCOUNT_STORE_ADD, "s-1", T0));
        events.append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-1", T0));
        events.append(event(OTHER_ACCOUNT, EventType.ACCOUNT_STORE_ADD, "s-9", T0));

        assertThat(events.lastSequence(ACCOUNT)).isEqualTo(2);
        assertThat(events.lastSequence(OTHER_ACCOUNT)).isEqualTo(1);
    }

    @Test
    public void an_event_is_kept_with_every_field() {
        Event appended = new Event(EventId.of(UUID.randomUUID()), EventType.ACCOUNT_TERMINAL_UPDATE, ACCOUNT, T0, 0,
                "T11223351-T0001", "{\"terminal_id\":\"T11223351-T0001\",\"status\":\"ACTIVE\",\"label\":\"Tíll \\\"1\\\"\"}",
                "{\"status\":\"PENDING\"}");

        Event stored = events.append(appended);

        assertThat(stored.sequence()).as("its number, or 0 until its transaction commits").isIn(0L, 1L);
        assertThat(events.find(ACCOUNT, appended.id())).contains(appended.at(1));
    }

    @Test
    public void an_event_appended_in_a_transaction_that_fails_is_gone_and_the_next_takes_its_place() {
        Event kept = append(event(ACCOUNT, EventType.ACCOUNT_STORE_ADD, "s-1", T0));
        Event undone = event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-1", T0);
        assertThatThrownBy(() -> inTransaction(() -> {
            events.append(undone);
            throw new IllegalStateException("the change failed after its event was written");
        })).isInstanceOf(IllegalStateException.class);

        Event next = append(event(ACCOUNT, EventType.ACCOUNT_STORE_DELETE, "s-1", T0));

        assertThat(events.find(ACCOUNT, undone.id())).isEmpty();
        assertThat(next.sequence()).isGreaterThan(kept.sequence());
        assertThat(ids(events.list(query(ACCOUNT, Optional.empty(), Optional.empty(), 10)))).containsExactly(kept.id(), next.id());
    }

    @Test
    public void a_list_pages_in_sequence_order_and_filters_by_type_and_resource() {
        List<Event> appended = IntStream.range(0, 5).mapToObj(i -> events.append(event(ACCOUNT,
                i % 2 == 0 ? EventType.ACCOUNT_STORE_UPDATE : EventType.ACCOUNT_TERMINAL_UPDATE, "r-" + (i % 3), T0))).toList();
        events.append(event(OTHER_ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "r-0", T0));

        Page<Event> first = events.list(query(ACCOUNT, Optional.empty(), Optional.empty(), 2));
        Page<Event> second = events.list(new EventQuery(ACCOUNT, Optional.empty(), Optional.empty(),
                new PageRequest(2, first.next())));
        Page<Event> stores = events.list(query(ACCOUNT, Optional.of(EventType.ACCOUNT_STORE_UPDATE), Optional.empty(), 10));
        Page<Event> resource = events.list(query(ACCOUNT, Optional.empty(), Optional.of("r-0"), 10));

        assertThat(ids(first)).containsExactly(appended.get(0).id(), appended.get(1).id());
        assertThat(ids(second)).containsExactly(appended.get(2).id(), appended.get(3).id());
        assertThat(ids(stores)).containsExactly(appended.get(0).id(), appended.get(2).id(), appended.get(4).id());
        assertThat(ids(resource)).containsExactly(appended.get(0).id(), appended.get(3).id());
        assertThat(resource.next()).isEmpty();
    }

    @Test
    public void no_account_finds_or_lists_anothers_events() {
        Event theirs = events.append(event(OTHER_ACCOUNT, EventType.ACCOUNT_STORE_ADD, "s-1", T0));

        assertThat(events.find(ACCOUNT, theirs.id())).isEmpty();
        assertThat(events.list(query(ACCOUNT, Optional.empty(), Optional.empty(), 10)).items()).isEmpty();
    }

    @Test
    public void a_purge_takes_only_events_older_than_the_cutoff_a_batch_at_a_time_and_numbers_go_on() {
        Instant cutoff = minutesAfterStart(60);
        List<Event> old = IntStream.range(0, 3).mapToObj(i -> events.append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE,
                "s-1", minutesAfterStart(i)))).toList();
        Event recent = append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-1", cutoff));

        int firstBatch = events.purgeBefore(cutoff, 2);
        int secondBatch = events.purgeBefore(cutoff, 2);
        int nothingLeft = events.purgeBefore(cutoff, 2);
        Event after = append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-1", cutoff));

        assertThat(List.of(firstBatch, secondBatch, nothingLeft)).containsExactly(2, 1, 0);
        assertThat(old).allSatisfy(event -> assertThat(events.find(ACCOUNT, event.id())).isEmpty());
        assertThat(events.find(ACCOUNT, recent.id())).contains(recent);
        assertThat(after.sequence()).as("a number is never given out twice").isEqualTo(recent.sequence() + 1);
    }

    @Test
    public void when_every_event_of_an_account_is_old_its_numbers_still_go_on_after_a_purge() {
        Event last = IntStream.range(0, 3).mapToObj(i -> append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE,
                "s-1", minutesAfterStart(i)))).toList().get(2);

        events.purgeBefore(minutesAfterStart(60), 10);
        Event next = append(event(ACCOUNT, EventType.ACCOUNT_STORE_UPDATE, "s-1", minutesAfterStart(61)));

        assertThat(next.sequence()).as("a storage may keep the newest event to count from").isGreaterThan(last.sequence());
    }

    /**
     * Appends {@code event} in a transaction of its own, and returns it as a reader finds it once that transaction has
     * committed: numbered.
     */
    protected Event append(Event event) {
        inTransaction(() -> events.append(event));
        return events.find(event.accountId(), event.id()).orElseThrow(() -> new AssertionError(
                "a committed event is found: " + event.id()));
    }

    private static Event event(AccountId account, EventType type, String resourceId, Instant at) {
        return new Event(EventId.of(UUID.randomUUID()), type, account, at, 0, resourceId,
                "{\"id\":\"" + resourceId + "\"}", "{}");
    }

    private static EventQuery query(AccountId account, Optional<EventType> type, Optional<String> resource, int limit) {
        return new EventQuery(account, type, resource, PageRequest.first(limit));
    }

    private static List<Long> sequences(Page<Event> page) {
        return page.items().stream().map(Event::sequence).toList();
    }

    private static List<EventId> ids(Page<Event> page) {
        return page.items().stream().map(Event::id).toList();
    }
}
