package io.onboard.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.port.out.Sequences;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link Sequences}: per-account counters that never hand out a number twice. */
public abstract class AbstractSequencesContractTest extends PortContractTest {
    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 50;

    protected Sequences sequences;

    @BeforeEach
    protected void addAccounts() {
        sequences = storage.sequences();
        addAccount(ACCOUNT);
        addAccount(OTHER_ACCOUNT);
    }

    @Test
    public void store_numbers_start_at_1_and_rise_by_one_per_call() {
        assertThat(List.of(sequences.nextStoreNumber(ACCOUNT), sequences.nextStoreNumber(ACCOUNT),
                sequences.nextStoreNumber(ACCOUNT))).containsExactly(1L, 2L, 3L);
    }

    @Test
    public void terminal_numbers_start_at_1_and_rise_by_one_per_call() {
        assertThat(List.of(sequences.nextTerminalNumber(ACCOUNT), sequences.nextTerminalNumber(ACCOUNT),
                sequences.nextTerminalNumber(ACCOUNT))).containsExactly(1L, 2L, 3L);
    }

    @Test
    public void store_and_terminal_numbers_are_counted_apart() {
        assertThat(List.of(sequences.nextStoreNumber(ACCOUNT), sequences.nextStoreNumber(ACCOUNT),
                sequences.nextTerminalNumber(ACCOUNT), sequences.nextStoreNumber(ACCOUNT), sequences.nextTerminalNumber(ACCOUNT)))
                .containsExactly(1L, 2L, 1L, 3L, 2L);
    }

    @Test
    public void each_account_has_its_own_counters() {
        assertThat(List.of(sequences.nextStoreNumber(ACCOUNT), sequences.nextStoreNumber(ACCOUNT),
                sequences.nextStoreNumber(OTHER_ACCOUNT), sequences.nextTerminalNumber(OTHER_ACCOUNT),
                sequences.nextTerminalNumber(ACCOUNT), sequences.nextStoreNumber(OTHER_ACCOUNT)))
                .containsExactly(1L, 2L, 1L, 1L, 1L, 2L);
    }

    @Test
    public void numbers_taken_inside_a_transaction_continue_the_count() {
        long first = sequences.nextStoreNumber(ACCOUNT);

        long inside = inTransaction(() -> {
            sequences.nextStoreNumber(ACCOUNT);
            return sequences.nextStoreNumber(ACCOUNT);
        });

        assertThat(first).isEqualTo(1);
        assertThat(inside).isEqualTo(3);
        assertThat(sequences.nextStoreNumber(ACCOUNT)).isEqualTo(4);
    }

    @Test
    public void concurrent_callers_never_get_the_same_number() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Long>>> storeNumbers = new ArrayList<>();
            List<Future<List<Long>>> terminalNumbers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                boolean stores = thread % 2 == 0;
                (stores ? storeNumbers : terminalNumbers).add(pool.submit(() -> {
                    start.await();
                    List<Long> taken = new ArrayList<>();
                    for (int call = 0; call < CALLS_PER_THREAD; call++) {
                        taken.add(inTransaction(() -> stores
                                ? sequences.nextStoreNumber(ACCOUNT) : sequences.nextTerminalNumber(ACCOUNT)));
                    }
                    return taken;
                }));
            }
            start.countDown();

            assertAllDistinct(storeNumbers, THREADS / 2 * CALLS_PER_THREAD);
            assertAllDistinct(terminalNumbers, THREADS / 2 * CALLS_PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertAllDistinct(List<Future<List<Long>>> results, int expectedCount) throws Exception {
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            // a bound so that a deadlocked implementation fails the test instead of hanging the build
            all.addAll(result.get(5, TimeUnit.MINUTES));
        }
        Set<Long> distinct = new HashSet<>(all);
        assertThat(all).hasSize(expectedCount);
        assertThat(distinct).as("numbers handed out more than once").hasSize(expectedCount);
        assertThat(distinct).allSatisfy(number -> assertThat(number).isPositive());
    }
}
