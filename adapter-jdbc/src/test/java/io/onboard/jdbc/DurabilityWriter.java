package io.onboard.jdbc;

import io.onboard.application.port.in.access.CreateAccountCommand;
import io.onboard.application.service.Onboard;
import io.onboard.application.testdata.Requests;
import io.onboard.application.testdata.Seed;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The child process of {@link KillDurabilityTest}: registers terminals in a loop on the given file and
 * prints each terminal id on its own line only after the registration committed, until it is killed.
 */
public final class DurabilityWriter {
    private DurabilityWriter() {
    }

    public static void main(String[] args) {
        Onboard onboard = Onboard.withBuiltIns(SqliteStorage.open(Path.of(args[0])).persistence());
        if (!storeExists(onboard)) {
            onboard.createAccount().create(new CreateAccountCommand(Seed.ACCOUNT.value(), null));
            onboard.applyForPayoutDestination().apply(Requests.company(Seed.ACCOUNT, Seed.SELLER, Seed.ORGANIZATION_NUMBER, "AUTO_APPROVE"));
            onboard.createStore().create(Requests.store(Seed.ACCOUNT, Seed.STORE_ID, Seed.SELLER, null));
        }
        System.out.println("ready");
        System.out.flush();
        while (true) {
            String serial = UUID.randomUUID().toString().substring(0, 18);
            String id = onboard.registerTerminal().register(Requests.terminal(Seed.ACCOUNT, serial, Seed.STORE_ID))
                    .terminal().terminalId().value();
            System.out.println(id);
            System.out.flush();
        }
    }

    private static boolean storeExists(Onboard onboard) {
        try {
            onboard.getStore().get(Seed.ACCOUNT, Seed.STORE_ID);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
