package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.OnboardingStorage;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writers that queue up behind an open transaction share its commit: each keeps its own outcome. The first
 * writer holds the lock until all the others are waiting, so the grouping is certain, not left to timing.
 */
class GroupCommitTest {
    private static final int WRITERS = 16;
    private static final Instant T0 = Instant.parse("2026-11-24T06:00:00Z");

    @TempDir
    Path folder;
    private SqliteStorage storage;
    private OnboardingStorage persistence;
    private JdbiTransactions transactions;
    private ExecutorService pool;

    @BeforeEach
    void open() {
        storage = SqliteStorage.open(folder.resolve("onboard.db"));
        persistence = storage.onboarding();
        transactions = (JdbiTransactions) persistence.transactions();
        // Fifteen writes one after the other may take longer than the default 20 ms on a loaded machine; these
        // tests are about who joins a group, not about the time limit, which has its own test below.
        transactions.maxGroupWait(Duration.ofMinutes(1));
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterEach
    void close() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        storage.close();
    }

    private static AccountId account(int n) {
        return new AccountId(String.format("T%08d", n));
    }

    /** Writer {@code n} adds account n, then fails if {@code fails}; the first waits for all others to queue. */
    private List<Future<String>> writeTogether(List<Integer> failing) {
        return writeTogether(failing, -1);
    }

    /**
     * As above; writer {@code wrecking} also ends the SQLite transaction under the group after its write, so its
     * own undo (rollback to its savepoint) fails.
     */
    private List<Future<String>> writeTogether(List<Integer> failing, int wrecking) {
        CountDownLatch firstInside = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        outcomes.add(pool.submit(() -> outcome(0, failing.contains(0), () -> {
            firstInside.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (transactions.waitingWriters() < WRITERS - 1 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }, () -> { })));
        awaitUninterruptibly(firstInside);
        for (int n = 1; n < WRITERS; n++) {
            int writer = n;
            outcomes.add(pool.submit(() -> outcome(writer, failing.contains(writer) || writer == wrecking, () -> { }, () -> {
                if (writer == wrecking) {
                    transactions.with(handle -> handle.execute("ROLLBACK"));
                }
            })));
            // One at a time into the lock's queue, so writers join the group in the order of their numbers.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (transactions.waitingWriters() < writer && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
        return outcomes;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String outcome(int n, boolean fails, Runnable beforeWriting, Runnable afterWriting) {
        try {
            return transactions.inTransaction(() -> {
                beforeWriting.run();
                persistence.accounts().add(new Account(account(n), "writer " + n, T0));
                afterWriting.run();
                if (fails) {
                    throw new IllegalStateException("writer " + n + " refused");
                }
                return "wrote " + n;
            });
        } catch (IllegalStateException e) {
            return e.getMessage();
        }
    }

    @Test
    void queued_writers_commit_together_and_a_failing_one_takes_back_only_its_own_writes() throws Exception {
        List<Integer> failing = List.of(3, 7, 8, 15);
        long groupsBefore = transactions.groupsEnded();

        List<Future<String>> outcomes = writeTogether(failing);

        for (int n = 0; n < WRITERS; n++) {
            String outcome = outcomes.get(n).get(60, TimeUnit.SECONDS);
            assertThat(outcome).isEqualTo(failing.contains(n) ? "writer " + n + " refused" : "wrote " + n);
            assertThat(persistence.accounts().find(account(n)).isPresent()).as("account %d kept", n)
                    .isEqualTo(!failing.contains(n));
        }
        assertThat(transactions.groupsEnded() - groupsBefore).isEqualTo(1);
    }

    @Test
    void when_the_first_writer_of_a_group_fails_the_writers_after_it_still_commit() throws Exception {
        List<Future<String>> outcomes = writeTogether(List.of(0));

        assertThat(outcomes.get(0).get(60, TimeUnit.SECONDS)).isEqualTo("writer 0 refused");
        assertThat(persistence.accounts().find(account(0))).isEmpty();
        for (int n = 1; n < WRITERS; n++) {
            assertThat(outcomes.get(n).get(60, TimeUnit.SECONDS)).isEqualTo("wrote " + n);
            assertThat(persistence.accounts().find(account(n))).as("account %d", n).isPresent();
        }
    }

    @Test
    void when_a_failed_writer_cannot_be_undone_alone_the_group_rolls_back_and_no_writer_in_it_is_acknowledged()
            throws Exception {
        List<Future<String>> outcomes = writeTogether(List.of(), 1);

        assertThat(outcomes.get(0).get(60, TimeUnit.SECONDS)).startsWith("the write was rolled back with its group");
        assertThat(outcomes.get(1).get(60, TimeUnit.SECONDS)).isEqualTo("writer 1 refused");
        assertThat(persistence.accounts().find(account(0))).isEmpty();
        assertThat(persistence.accounts().find(account(1))).isEmpty();
        for (int n = 2; n < WRITERS; n++) {
            assertThat(outcomes.get(n).get(60, TimeUnit.SECONDS)).isEqualTo("wrote " + n);
            assertThat(persistence.accounts().find(account(n))).as("account %d", n).isPresent();
        }
    }

    @Test
    void a_group_whose_first_writer_has_waited_too_long_ends_without_the_writers_queued_behind_it() throws Exception {
        transactions.maxGroupWait(Duration.ZERO);
        long groupsBefore = transactions.groupsEnded();

        List<Future<String>> outcomes = writeTogether(List.of());

        for (int n = 0; n < WRITERS; n++) {
            assertThat(outcomes.get(n).get(60, TimeUnit.SECONDS)).isEqualTo("wrote " + n);
        }
        assertThat(transactions.groupsEnded() - groupsBefore).as("every writer committed in a group of its own")
                .isEqualTo(WRITERS);
    }

    @Test
    void a_writer_alone_commits_at_once_with_no_group_left_open() {
        long groupsBefore = transactions.groupsEnded();

        assertThat(transactions.inTransaction(() -> {
            persistence.accounts().add(new Account(account(1), "alone", T0));
            return "done";
        })).isEqualTo("done");

        assertThat(transactions.groupsEnded() - groupsBefore).isEqualTo(1);
        assertThat(persistence.accounts().find(account(1))).isPresent();
    }
}
