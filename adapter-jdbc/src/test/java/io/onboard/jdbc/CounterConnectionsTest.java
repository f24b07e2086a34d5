package io.onboard.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.onboard.application.port.out.Sequences;
import io.onboard.domain.account.Account;
import io.onboard.domain.account.AccountId;
import io.onboard.jdbc.testing.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's store and terminal numbers are taken on a few connections the storage keeps apart from its callers'
 * (CounterConnections). They come from the data source, which may be the embedding system's own pool: closing the
 * storage must give every one of them back to it.
 */
class CounterConnectionsTest {
    private static final AccountId ACCOUNT = new AccountId("T11223351");
    private static final int CALLERS = 8;
    private static final int NUMBERS_EACH = 50;

    @Test
    void numbers_taken_by_concurrent_callers_are_1_to_n_and_closing_gives_every_connection_back_to_the_embedders_pool()
            throws Exception {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(TestPostgres.newDatabase());
        config.setMaximumPoolSize(CALLERS + CounterConnections.CONNECTIONS + 2);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            List<Long> numbers = new ArrayList<>();
            try (PostgresStorage storage = PostgresStorage.open(pool)) {
                storage.onboarding().accounts().add(new Account(ACCOUNT, "Account", Instant.now()));
                Sequences sequences = storage.onboarding().sequences();
                ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
                try {
                    List<Future<List<Long>>> taken = new ArrayList<>();
                    for (int i = 0; i < CALLERS; i++) {
                        taken.add(callers.submit(() -> LongStream.range(0, NUMBERS_EACH)
                                .map(n -> sequences.nextTerminalNumber(ACCOUNT)).boxed().toList()));
                    }
                    for (Future<List<Long>> each : taken) {
                        numbers.addAll(each.get());
                    }
                } finally {
                    callers.shutdownNow();
                }
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("kept while the storage is open")
                        .isPositive();
            }

            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, (long) CALLERS * NUMBERS_EACH).boxed().toList());
            long waited = 0;
            while (pool.getHikariPoolMXBean().getActiveConnections() > 0 && waited < 5_000) {
                Thread.sleep(50);
                waited += 50;
            }
            assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections still out after close")
                    .isZero();
        }
    }
}
