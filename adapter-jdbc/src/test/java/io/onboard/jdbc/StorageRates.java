package io.onboard.jdbc;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: a rough measurement of write and read rates of the use cases on a SQLite file, one thread.
 * Run it as the README's "Storage rates" section shows; the benchmark suite (issue #6) will replace it.
 */
public final class StorageRates {
    private StorageRates() {
    }

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path folder = Files.createTempDirectory("onboard-rates");
        Onboard onboard = Onboard.withBuiltIns(SqliteStorage.open(folder.resolve("onboard.db")).onboarding());
        onboard.createAccount().create(new CreateAccountCommand(Seed.ACCOUNT.value(), null));
        onboard.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        onboard.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));

        long start = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            onboard.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, String.format("RATE-%08d", i), Seed.STORE_ID));
        }
        report("terminal registrations (2 transactions each)", writes, start);

        start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            onboard.checkReadiness().check(Seed.ACCOUNT, String.format("T11223351-T%04d", 1 + i % writes));
        }
        report("readiness checks (3 reads each)", reads, start);

        start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            onboard.getTerminal().get(Seed.ACCOUNT, String.format("T11223351-T%04d", 1 + i % writes));
        }
        report("terminal reads (2 reads each)", reads, start);
    }

    private static void report(String what, int count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-48s %8d in %6.2f s = %9.0f/s%n", what, count, seconds, count / seconds);
    }
}
