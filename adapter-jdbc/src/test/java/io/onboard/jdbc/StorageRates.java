package io.onboard.jdbc;

import io.onboard.application.port.in.account.CreateAccountCommand;
import io.onboard.application.port.in.terminal.RegisterTerminalCommand;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import io.onboard.domain.store.StoreId;
import io.onboard.domain.terminal.DeviceModel;
import io.onboard.domain.terminal.TerminalId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Not a test: a rough measurement of write and read rates of the use cases on a SQLite file, one thread,
 * called as an embedder calls them (builders, typed ids). Run it as the README's "Storage" section shows.
 */
public final class StorageRates {
    private StorageRates() {
    }

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path folder = Files.createTempDirectory("onboard-rates");
        Onboard onboard = Onboard.withBuiltIns(SqliteStorage.open(folder.resolve("onboard.db")).onboarding());
        onboard.createAccount().create(CreateAccountCommand.of(Seed.ACCOUNT, "Rates"));
        onboard.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
        onboard.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));

        long start = System.nanoTime();
        for (int i = 0; i < writes; i++) {
            onboard.registerTerminal().register(RegisterTerminalCommand.builder().account(Seed.ACCOUNT)
                    .serialNumber(String.format("RATE-%08d", i)).model(DeviceModel.SATURN1000)
                    .store(new StoreId(Seed.STORE_ID)).build());
        }
        report("terminal registrations (one transaction each)", writes, start);

        start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            onboard.checkReadiness().check(Seed.ACCOUNT, new TerminalId(Seed.ACCOUNT, 1 + i % writes));
        }
        report("readiness checks (3 reads each)", reads, start);

        start = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            onboard.getTerminal().get(Seed.ACCOUNT, new TerminalId(Seed.ACCOUNT, 1 + i % writes));
        }
        report("terminal reads (2 reads each)", reads, start);
    }

    private static void report(String what, int count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-48s %8d in %6.2f s = %9.0f/s%n", what, count, seconds, count / seconds);
    }
}
