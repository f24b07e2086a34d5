package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.onboard.application.paging.PageRequest;
import io.onboard.application.port.out.Event;
import io.onboard.application.port.out.EventQuery;
import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.domain.event.EventId;
import io.onboard.domain.event.EventType;
import io.onboard.jdbc.testing.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL numbers an account's events after their transaction has committed (EventNumbering). A writer that
 * died in between, here a row written as it writes one, leaves an event that no reader sees until it is numbered:
 * by the account's next writer, or by the sweep of any open storage.
 */
class EventNumberingTest {
    private static final AccountId ACCOUNT = new AccountId("T11223351");
    private static final Instant AT = Instant.parse("2026-12-02T08:00:00Z");

    private String url;

    @BeforeEach
    void createAccount() {
        url = TestPostgres.newDatabase();
        try (PostgresStorage storage = PostgresStorage.open(url)) {
            storage.onboarding().accounts().add(new Account(ACCOUNT, "Account", AT));
        }
    }

    @Test
    void an_event_its_dead_writer_left_unnumbered_is_numbered_by_the_accounts_next_writer_before_the_next_event() {
        String left = writtenByADeadWriter();
        try (PostgresStorage storage = PostgresStorage.open(url)) {
            OnboardingStorage onboarding = storage.onboarding();
            assertThat(onboarding.events().find(ACCOUNT, new EventId(left))).as("unnumbered, so not shown").isEmpty();

            Event next = event();
            onboarding.transactions().inTransaction(() -> onboarding.events().append(next));

            assertThat(listed(onboarding)).extracting(Event::id, Event::sequence)
                    .containsExactly(tuple(new EventId(left), 1L),
                            tuple(next.id(), 2L));
        }
    }

    @Test
    void an_open_storage_numbers_what_a_dead_writer_left_without_any_writer_of_the_account() throws Exception {
        String left = writtenByADeadWriter();
        try (PostgresStorage storage = PostgresStorage.open(url)) {
            OnboardingStorage onboarding = storage.onboarding();
            long waited = 0;
            while (listed(onboarding).isEmpty() && waited < 30_000) {
                Thread.sleep(100);
                waited += 100;
            }

            assertThat(listed(onboarding)).extracting(Event::id, Event::sequence)
                    .containsExactly(tuple(new EventId(left), 1L));
        }
    }

    private List<Event> listed(OnboardingStorage onboarding) {
        return onboarding.events().list(new EventQuery(ACCOUNT, Optional.empty(), Optional.empty(),
                PageRequest.first(10))).items();
    }

    /** An event committed as a writer commits one, by a writer that died before numbering it. */
    private String writtenByADeadWriter() {
        Event event = event();
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO events (id, account_id, sequence, type, resource_id, created_at, data, previous)
                     VALUES (?, ?, NULL, ?, ?, ?, '{}', '{}')""")) {
            insert.setString(1, event.id().value());
            insert.setString(2, ACCOUNT.value());
            insert.setString(3, event.type().name());
            insert.setString(4, event.resourceId());
            insert.setLong(5, AT.toEpochMilli());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return event.id().value();
    }

    private static Event event() {
        return new Event(EventId.of(UUID.randomUUID()), EventType.ACCOUNT_STORE_UPDATE, ACCOUNT, AT, 0, "T11223351-0001",
                "{}", "{}");
    }
}
