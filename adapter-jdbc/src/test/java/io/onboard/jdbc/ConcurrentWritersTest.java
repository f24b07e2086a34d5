package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboard.application.paging.Page;
import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.terminal.ListTerminalsQuery;
import io.onboard.application.port.in.terminal.TerminalView;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.error.ConflictException;
import io.onboard.domain.error.ErrorCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads writing one SQLite file at once, through the use cases: numbers unique, nothing lost, rules hold. */
class ConcurrentWritersTest {
    private static final int THREADS = 8;

    @TempDir
    Path folder;
    private Onboard onboard;
    private ExecutorService pool;

    @BeforeEach
    void seedStore() {
        onboard = Onboard.withBuiltIns(SqliteStorage.open(folder.resolve("onboard.db")).onboarding());
        onboard.createAccount().create(new CreateAccountCommand(Seed.ACCOUNT.value(), null));
        onboard.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        onboard.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void terminals_registered_at_once_into_one_store_get_distinct_numbers_and_none_is_lost() throws Exception {
        int perThread = 25;
        List<Callable<List<String>>> writers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            writers.add(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    ids.add(onboard.registerTerminal().register(
                            Requests.terminal(Seed.ACCOUNT, "SER-" + thread + "-" + i, Seed.STORE_ID)).terminal().terminalId().value());
                }
                return ids;
            });
        }

        Set<String> reported = new HashSet<>();
        for (Future<List<String>> result : startTogether(writers)) {
            reported.addAll(result.get(60, TimeUnit.SECONDS));
        }

        assertThat(reported).hasSize(THREADS * perThread);
        assertThat(listedTerminalIds()).containsExactlyInAnyOrderElementsOf(reported);
        assertThat(reported).allMatch(id -> Long.parseLong(id.substring(id.indexOf("-T") + 2)) <= THREADS * perThread);
    }

    @Test
    void threads_racing_to_register_one_serial_number_produce_exactly_one_terminal() throws Exception {
        List<Callable<String>> racers = new ArrayList<>();
        for (int t = 0; t < THREADS * 2; t++) {
            racers.add(() -> outcome(() -> onboard.registerTerminal().register(
                    Requests.terminal(Seed.ACCOUNT, Seed.SERIAL, Seed.STORE_ID)).terminal().terminalId().value()));
        }

        List<String> outcomes = results(startTogether(racers));

        assertThat(outcomes).filteredOn(o -> o.startsWith("T11223351-T")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals(ErrorCode.DUPLICATE_SERIAL_NUMBER.name())).hasSize(THREADS * 2 - 1);
        assertThat(listedTerminalIds()).hasSize(1);
    }

    @Test
    void threads_racing_to_create_one_store_id_produce_exactly_one_store() throws Exception {
        List<Callable<String>> racers = new ArrayList<>();
        for (int t = 0; t < THREADS * 2; t++) {
            racers.add(() -> outcome(() -> onboard.createStore().create(
                    Requests.store(Seed.ACCOUNT, "bergen", Seed.SELLER, null)).store().id().value()));
        }

        List<String> outcomes = results(startTogether(racers));

        assertThat(outcomes).filteredOn(o -> o.startsWith("T11223351-")).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.equals(ErrorCode.DUPLICATE_STORE_ID.name())).hasSize(THREADS * 2 - 1);
        assertThat(onboard.getStore().get(Seed.ACCOUNT, "bergen").store().storeId().value()).isEqualTo("bergen");
    }

    private static String outcome(Callable<String> call) throws Exception {
        try {
            return call.call();
        } catch (ConflictException e) {
            return e.code().name();
        }
    }

    /** Starts every task at the same moment, so they really race. */
    private <T> List<Future<T>> startTogether(List<Callable<T>> tasks) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        return futures;
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    private List<String> listedTerminalIds() {
        List<String> ids = new ArrayList<>();
        ListTerminalsQuery query = ListTerminalsQuery.builder(Seed.ACCOUNT).limit(100).build();
        Page<TerminalView> page = onboard.listTerminals().list(query);
        page.items().forEach(v -> ids.add(v.terminalId().value()));
        while (page.next().isPresent()) {
            page = onboard.listTerminals().list(query.after(page.next().get()));
            page.items().forEach(v -> ids.add(v.terminalId().value()));
        }
        return ids;
    }
}
