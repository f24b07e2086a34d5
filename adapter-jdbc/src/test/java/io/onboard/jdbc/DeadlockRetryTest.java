package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two PostgreSQL transactions that lock the same rows in opposite orders wait for each other; PostgreSQL cancels
 * one of them (a deadlock, SQLSTATE 40P01). The cancelled one is run again and both succeed, as two requests that
 * did nothing wrong must.
 */
class DeadlockRetryTest {
    private static final AccountId FIRST = new AccountId("T11223351");
    private static final AccountId SECOND = new AccountId("T99887766");

    @RegisterExtension
    final FreshPostgres postgres = new FreshPostgres();

    @Test
    void of_two_transactions_in_a_deadlock_the_one_cancelled_runs_again_and_both_commit() throws Exception {
        PostgresStorage storage = postgres.open();
        JdbiTransactions db = (JdbiTransactions) storage.onboarding().transactions();
        for (AccountId account : List.of(FIRST, SECOND)) {
            storage.onboarding().accounts().add(new Account(account, "Account", Instant.parse("2026-12-02T08:00:00Z")));
        }
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger runs = new AtomicInteger();

        CompletableFuture<Void> one = CompletableFuture.runAsync(
                () -> rename(db, FIRST, SECOND, "one", bothHoldTheirFirstRow, runs));
        CompletableFuture<Void> other = CompletableFuture.runAsync(
                () -> rename(db, SECOND, FIRST, "other", bothHoldTheirFirstRow, runs));
        CompletableFuture.allOf(one, other).get(60, TimeUnit.SECONDS);

        assertThat(runs).as("one of the two ran again").hasValue(3);
        List<String> names = db.with(h -> h.createQuery("SELECT name FROM accounts ORDER BY account_id")
                .mapTo(String.class).list());
        assertThat(names).as("the one run again committed last, over both rows").hasSize(2)
                .isIn(List.of("one", "one"), List.of("other", "other"));
    }

    @Test
    void a_failure_that_is_not_the_databases_cancellation_is_not_run_again() {
        PostgresStorage storage = postgres.open();
        JdbiTransactions db = (JdbiTransactions) storage.onboarding().transactions();
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> db.inTransaction(() -> {
            runs.incrementAndGet();
            return db.with(h -> h.createQuery("SELECT 1 / 0").mapTo(Integer.class).one());
        })).hasMessageContaining("division by zero");
        assertThat(runs).hasValue(1);
    }

    /** Renames {@code first}, then, once the other transaction holds its first row too, {@code second}. */
    private static void rename(JdbiTransactions db, AccountId first, AccountId second, String name,
                               CountDownLatch bothHoldTheirFirstRow, AtomicInteger runs) {
        db.inTransaction(() -> {
            runs.incrementAndGet();
            rename(db, first, name);
            bothHoldTheirFirstRow.countDown();
            try {
                bothHoldTheirFirstRow.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return rename(db, second, name);
        });
    }

    private static int rename(JdbiTransactions db, AccountId account, String name) {
        return db.with(h -> h.createUpdate("UPDATE accounts SET name = ? WHERE account_id = ?")
                .bind(0, name).bind(1, account.value()).execute());
    }
}
